import Hummingbird

/// The page at `/`: upload holdings, see the report, download it, browse past runs.
///
/// Self-contained (no external resources). Everything the service returns is put into the page
/// as text (`textContent`), never as markup; reports are shown in a sandboxed frame that runs no
/// script. Uploads go through XMLHttpRequest so that large ones show their progress.
enum WebPage {
    static var response: Response {
        let headers: HTTPFields = [
            .contentType: "text/html; charset=utf-8",
            .contentSecurityPolicy: "default-src 'none'; script-src 'unsafe-inline'; style-src 'unsafe-inline'; connect-src 'self'; frame-src 'self'; img-src data:; form-action 'none'; base-uri 'none'",
        ]
        return Response(status: .ok, headers: headers, body: ResponseBody(byteBuffer: ByteBuffer(string: html)))
    }

    static let html = #"""
    <!DOCTYPE html>
    <html lang="en">
    <head>
    <meta charset="utf-8">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <title>OpsLens — screen holdings</title>
    <style>
    body { font: 15px/1.45 system-ui, sans-serif; margin: 0; color: #1d2329; background: #f4f6f8; }
    header { background: #1d3557; color: #fff; padding: 12px 24px; display: flex; gap: 24px; align-items: baseline; }
    header h1 { font-size: 20px; margin: 0; }
    main { max-width: 1200px; margin: 0 auto; padding: 16px 24px; }
    section { background: #fff; border: 1px solid #d9dee3; border-radius: 6px; padding: 16px; margin-bottom: 16px; }
    h2 { font-size: 17px; margin: 0 0 12px; }
    label { display: inline-flex; flex-direction: column; font-size: 13px; margin: 0 12px 8px 0; }
    input, select, button { font: inherit; padding: 4px 8px; }
    button { cursor: pointer; }
    #drop { border: 2px dashed #8a99a8; border-radius: 6px; padding: 24px; text-align: center; margin-bottom: 12px; }
    #drop.over { background: #e6f0fa; border-color: #1d3557; }
    #files { font-size: 13px; color: #445; }
    progress { width: 100%; height: 14px; }
    .error { color: #a4161a; white-space: pre-wrap; }
    .passed { color: #1b7f3b; font-weight: 600; }
    .failed, .rejected { color: #a4161a; font-weight: 600; }
    table { border-collapse: collapse; width: 100%; font-size: 13px; }
    th, td { text-align: left; border-bottom: 1px solid #e3e7eb; padding: 4px 6px; vertical-align: top; }
    iframe { width: 100%; height: 70vh; border: 1px solid #d9dee3; background: #fff; }
    .hidden { display: none; }
    .downloads button { margin-right: 6px; }
    </style>
    </head>
    <body>
    <header><h1>OpsLens</h1><span>Screen holdings against the restricted lists</span>
    <label style="margin-left:auto;color:#fff">Access token<input id="token" type="password" autocomplete="off" placeholder="not needed on loopback"></label></header>
    <main>
    <section>
    <h2>Screen holdings files</h2>
    <form id="upload">
    <div id="drop">Drop holdings CSV files here, or <input id="picker" type="file" multiple accept=".csv,.txt,.tsv,text/csv"></div>
    <div id="files"></div>
    <label>As of<input id="asOf" type="date"></label>
    <label>Fail on<select id="failOn"><option>block</option><option>warn</option><option>review</option><option>data</option><option>never</option></select></label>
    <label>Portfolio (optional)<input id="portfolio" type="text"></label>
    <button id="submit" type="submit">Screen</button>
    </form>
    <progress id="progress" class="hidden" max="100" value="0"></progress>
    <p id="status"></p>
    </section>
    <section id="result" class="hidden">
    <h2 id="resultTitle">Report</h2>
    <div class="downloads">Download:
    <button data-format="html">HTML</button><button data-format="csv">CSV</button><button data-format="json">JSON</button><button data-format="sarif">SARIF</button>
    </div>
    <p></p>
    <iframe id="report" sandbox title="Screening report"></iframe>
    </section>
    <section>
    <h2>Past runs</h2>
    <form id="search">
    <label>From<input id="from" type="date"></label>
    <label>To<input id="to" type="date"></label>
    <label>Portfolio<input id="qPortfolio" type="text"></label>
    <label>File name<input id="qFile" type="text"></label>
    <label>Outcome<select id="qOutcome"><option value="">any</option><option>passed</option><option>failed</option><option>rejected</option></select></label>
    <button type="submit">Search</button>
    </form>
    <p id="runsStatus"></p>
    <table><thead><tr><th>Run</th><th>Recorded (UTC)</th><th>Who</th><th>As of</th><th>Portfolio</th><th>Files</th><th>Findings</th><th>Outcome</th><th></th></tr></thead><tbody id="runs"></tbody></table>
    </section>
    </main>
    <script>
    "use strict";
    const $ = (id) => document.getElementById(id);
    let chosen = [];
    let currentRun = null;
    $("token").value = sessionStorage.getItem("opslens-token") || "";
    $("token").addEventListener("change", () => { sessionStorage.setItem("opslens-token", $("token").value); listRuns(); });
    function authHeaders() {
      const token = $("token").value.trim();
      return token ? { "Authorization": "Bearer " + token } : {};
    }
    function text(element, value, className) {
      element.textContent = value;
      element.className = className || "";
    }
    function showFiles() {
      $("files").textContent = chosen.length ? chosen.map((f) => f.name + " (" + f.size.toLocaleString() + " bytes)").join(", ") : "";
    }
    $("picker").addEventListener("change", () => { chosen = Array.from($("picker").files); showFiles(); });
    const drop = $("drop");
    ["dragenter", "dragover"].forEach((name) => drop.addEventListener(name, (event) => { event.preventDefault(); drop.classList.add("over"); }));
    ["dragleave", "drop"].forEach((name) => drop.addEventListener(name, (event) => { event.preventDefault(); drop.classList.remove("over"); }));
    drop.addEventListener("drop", (event) => { chosen = Array.from(event.dataTransfer.files); showFiles(); });
    async function errorMessage(response) {
      try { const body = await response.json(); return body.error ? body.error.message : response.statusText; }
      catch (e) { return response.status + " " + response.statusText; }
    }
    $("upload").addEventListener("submit", (event) => {
      event.preventDefault();
      if (!chosen.length) { text($("status"), "Choose one or more holdings files first.", "error"); return; }
      const form = new FormData();
      chosen.forEach((file) => form.append("file", file, file.name));
      const params = new URLSearchParams();
      if ($("asOf").value) params.set("asOf", $("asOf").value);
      params.set("failOn", $("failOn").value);
      if ($("portfolio").value.trim()) params.set("portfolio", $("portfolio").value.trim());
      const request = new XMLHttpRequest();
      request.open("POST", "/api/v1/screen?" + params.toString());
      Object.entries(authHeaders()).forEach(([name, value]) => request.setRequestHeader(name, value));
      const progress = $("progress");
      progress.classList.remove("hidden");
      progress.value = 0;
      request.upload.onprogress = (e) => {
        if (e.lengthComputable) { progress.value = Math.round(100 * e.loaded / e.total); text($("status"), "Uploading… " + progress.value + "%"); }
      };
      request.upload.onload = () => { text($("status"), "Screening…"); };
      request.onerror = () => { progress.classList.add("hidden"); text($("status"), "The upload failed: the service did not answer.", "error"); };
      request.onload = () => {
        progress.classList.add("hidden");
        $("submit").disabled = false;
        let body = null;
        try { body = JSON.parse(request.responseText); } catch (e) { body = null; }
        if (request.status !== 200) {
          text($("status"), "Refused (" + request.status + "): " + (body && body.error ? body.error.message : request.statusText), "error");
          listRuns();
          return;
        }
        const run = request.getResponseHeader("X-OpsLens-Run-Id");
        const outcome = request.getResponseHeader("X-OpsLens-Outcome");
        text($("status"), "Run " + run + ": " + outcome + " — " + body.summary.findings + " findings, " + body.summary.open + " open.", outcome);
        openRun(run);
        listRuns();
      };
      $("submit").disabled = true;
      request.send(form);
    });
    async function fetchReport(run, format) {
      const response = await fetch("/api/v1/runs/" + encodeURIComponent(run) + "/report?format=" + format, { headers: authHeaders() });
      if (!response.ok) throw new Error(await errorMessage(response));
      return response.blob();
    }
    async function openRun(run) {
      currentRun = run;
      $("result").classList.remove("hidden");
      text($("resultTitle"), "Report of run " + run);
      try {
        const html = await (await fetchReport(run, "html")).text();
        $("report").srcdoc = html;
      } catch (error) {
        $("report").srcdoc = "";
        text($("resultTitle"), "Run " + run + ": " + error.message, "error");
      }
    }
    document.querySelectorAll(".downloads button").forEach((button) => button.addEventListener("click", async () => {
      if (!currentRun) return;
      const format = button.dataset.format;
      try {
        const blob = await fetchReport(currentRun, format);
        const link = document.createElement("a");
        link.href = URL.createObjectURL(blob);
        link.download = "opslens-run-" + currentRun + "." + format;
        document.body.appendChild(link);
        link.click();
        link.remove();
        setTimeout(() => URL.revokeObjectURL(link.href), 10000);
      } catch (error) { text($("status"), error.message, "error"); }
    }));
    async function listRuns() {
      const params = new URLSearchParams();
      [["from", "from"], ["to", "to"], ["qPortfolio", "portfolio"], ["qFile", "file"], ["qOutcome", "outcome"]].forEach(([id, name]) => {
        const value = $(id).value.trim();
        if (value) params.set(name, value);
      });
      const response = await fetch("/api/v1/runs?" + params.toString(), { headers: authHeaders() });
      const tbody = $("runs");
      tbody.replaceChildren();
      if (!response.ok) { text($("runsStatus"), await errorMessage(response), "error"); return; }
      const body = await response.json();
      text($("runsStatus"), body.runs.length ? body.runs.length + " runs" : "No runs match.");
      body.runs.forEach((run) => {
        const row = document.createElement("tr");
        const cells = [String(run.id), run.recordedAt.replace("T", " ").replace("Z", ""), run.actor, run.asOf, run.portfolio || "",
          run.inputs.map((i) => i.name).join(", "), String(run.findings), run.outcome];
        cells.forEach((value, index) => {
          const cell = document.createElement("td");
          cell.textContent = value;
          if (index === 7) cell.className = value;
          row.appendChild(cell);
        });
        const action = document.createElement("td");
        if (run.httpStatus === 200) {
          const open = document.createElement("button");
          open.textContent = "Open";
          open.addEventListener("click", () => openRun(String(run.id)));
          action.appendChild(open);
        }
        row.appendChild(action);
        tbody.appendChild(row);
      });
    }
    $("search").addEventListener("submit", (event) => { event.preventDefault(); listRuns(); });
    listRuns();
    </script>
    </body>
    </html>
    """#
}
