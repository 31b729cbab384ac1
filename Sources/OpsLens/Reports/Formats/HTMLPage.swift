/// What every OpsLens HTML page shares (the screening report and the quarterly report): a head whose
/// Content-Security-Policy forbids loading anything and running scripts, escaping, tables, and the
/// provenance appendix's lists and matcher.
enum HTMLPage {
    /// From `<!DOCTYPE html>` to `<body>` and its line break: the page title (escaped) and the inline style.
    static func start(title: String, style: String) -> String {
        """
        <!DOCTYPE html>
        <html lang="en">
        <head>
        <meta charset="utf-8">
        <meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>\(escaped(title))</title>
        <style>\(style)</style>
        </head>
        <body>

        """
    }

    /// The page's last lines.
    static let end = "</body>\n</html>\n"

    /// `text` with `&`, `<`, `>` and quotes escaped (and control characters dropped), safe in text and attributes.
    static func escaped(_ text: String) -> String {
        ReportText.xmlEscaped(text)
    }

    /// A table: a header row of `headers` (HTML, e.g. plain words), then `rows`, each a `<tr>…</tr>` line.
    static func table(_ headers: [String], class name: String? = nil, rows: [String]) -> String {
        "<table\(name.map { " class=\"\($0)\"" } ?? "")>\n<thead><tr>" + headers.map { "<th>\($0)</th>" }.joined()
            + "</tr></thead>\n<tbody>\n" + rows.joined() + "</tbody>\n</table>\n"
    }

    /// The lists of a provenance appendix under the heading `title`: publisher, publication date, entries, and
    /// every file with its SHA-256 — after the vintage and its manifest's SHA-256 when `vintages` is set.
    static func lists(_ title: String, _ lists: [ListStamp], vintages: Bool) -> String {
        let e = escaped
        let rows = lists.map { list in
            let vintage = vintages ? list.vintage.map { ["vintage \(e($0.date)), manifest<br><code>\(e(ReportText.digest($0.manifestSHA256)))</code>"] } ?? [] : []
            let files = (vintage + list.files.map { "\(e($0.path))<br><code>\(e(ReportText.digest($0.sha256)))</code>" }).joined(separator: "<br>")
            return "<tr><td>\(e(list.id))</td><td>\(e(list.publisher))</td><td>\(e(list.publicationDate ?? "—"))</td>"
                + "<td class=\"num\">\(list.entities)</td><td>\(files)</td></tr>\n"
        }
        return "<h3>\(e(title))</h3>\n" + table(["List", "Publisher", "Published", "Entries", "Files and SHA-256"], rows: rows)
    }

    /// The matcher of a provenance appendix: its version and thresholds.
    static func matcher(_ matcher: MatcherStamp) -> String {
        "<h3>Matcher</h3>\n<p>\(escaped(matcher.version)): names match at \(ReportText.score(matcher.matchThreshold)), "
            + "need review from \(ReportText.score(matcher.reviewThreshold)).</p>\n"
    }
}
