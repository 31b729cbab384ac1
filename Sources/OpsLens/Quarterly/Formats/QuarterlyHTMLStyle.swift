/// The quarterly page's style sheet: screen first, and print on A4 or Letter (the paper is the printer's):
/// the summary on the first page, wide tables on landscape pages, rows and the sign-off never split.
enum QuarterlyHTMLStyle {
    static let css = """

    body{font:14px/1.4 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:#1b1f24;margin:2em auto;max-width:84em;padding:0 1em}
    h1{font-size:1.6em;margin:0 0 .3em}h2{border-bottom:1px solid #ccd;padding-bottom:.2em;margin-top:1.6em}h3{margin-bottom:.3em}
    dl.run{display:grid;grid-template-columns:max-content 1fr;gap:.1em 1em;margin:.5em 0}dl.run dt{font-weight:600}dl.run dd{margin:0}
    p.lead{font-size:1.1em}
    table{border-collapse:collapse;width:100%;margin:.5em 0}th,td{border:1px solid #ccd;padding:.3em .5em;text-align:left;vertical-align:top}
    th{background:#eef0f4}td.num{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}
    code{font-size:.9em;word-break:break-all}.date{white-space:nowrap}small{color:#555}ul{margin:0;padding-left:1.1em}
    .charts{display:flex;flex-wrap:wrap;gap:1em;margin-top:1em}figure{margin:0;flex:1 1 20em}figcaption{font-size:.85em;color:#555}
    svg{max-width:100%;height:auto;font:11px system-ui,sans-serif}svg text{fill:#1b1f24}
    .kind-active,.verdict-violation{color:#fff;background:#b3261e;padding:0 .4em;border-radius:.5em;font-weight:600}
    .kind-passive{color:#fff;background:#b26a00;padding:0 .4em;border-radius:.5em;font-weight:600}
    .verdict-divestment{background:#e3f1e4;padding:0 .4em;border-radius:.5em}.verdict-ambiguous,.flag{background:#fff1c2;padding:0 .4em;border-radius:.5em}
    .action{margin-top:.3em;padding:.2em .3em;border-left:3px solid #2f4b7c;background:#f2f5fa}
    tr.closed{color:#444}.wide table{font-size:.88em}td.text{min-width:13em}.wide td small,.wide td code{overflow-wrap:anywhere}.wide td,.wide th{padding:.25em .35em}[class^=kind-],[class^=verdict-]{white-space:nowrap}
    .sign{display:flex;gap:2em;margin-top:2.5em}.sign div{flex:1}.line{display:block;border-bottom:1px solid #000;min-height:2.2em}
    .comment{margin-top:2em}.comment .line{min-height:2em}
    @page{margin:12mm}
    @page wide{size:landscape;margin:10mm}
    @media print{body{margin:0;max-width:none;font-size:9pt}a{color:inherit;text-decoration:none}
    .first-page{break-after:page}.wide{page:wide;break-before:page}
    h2,h3{break-after:avoid}tr,figure{break-inside:avoid}thead{display:table-header-group}#sign-off{break-inside:avoid;break-before:page}
    th{background:none}.kind-active,.kind-passive,.verdict-violation{color:#000;background:none;border:1px solid #000}}

    """
}
