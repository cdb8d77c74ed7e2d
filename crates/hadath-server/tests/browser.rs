//! The workbench in a real browser: headless Chromium, driven over the DevTools protocol on a
//! pipe (`--remote-debugging-pipe`: no port, no network, no driver binary), against a server
//! over a small store coded from the Arabic test corpus plus a hostile article.
//!
//! It types a filter and applies it, opens an article from the table, checks that the source,
//! verb and target of the selected event are highlighted at the right characters (an emoji
//! before them catches UTF-16 arithmetic) in a right-to-left text with the "why" panel
//! filled, that markup in an article stays text, that the timeline and the network draw, and
//! that "code this text" codes pasted text; it saves a screenshot of each view (their folder
//! is printed) and fails on any script error or Content-Security-Policy violation.
//!
//! Without Chromium the test is skipped with a message, unless `CI=true`, where it fails.
//! `HADATH_CHROMIUM` names the browser binary; `HADATH_SCREENSHOTS` the screenshot folder.

mod common;

use std::io::{BufRead, BufReader, Write};
use std::path::{Path, PathBuf};
use std::process::{Child, ChildStdin, Command, Stdio};
use std::sync::mpsc::{Receiver, RecvTimeoutError, channel};
use std::time::{Duration, Instant};

use serde_json::{Value, json};

fn find_chromium() -> Option<PathBuf> {
    if let Some(p) = std::env::var_os("HADATH_CHROMIUM") {
        return Some(PathBuf::from(p));
    }
    let path = std::env::var_os("PATH")?;
    for dir in std::env::split_paths(&path) {
        for name in ["chromium", "chromium-browser", "google-chrome", "google-chrome-stable"] {
            let candidate = dir.join(name);
            if candidate.is_file() {
                return Some(candidate);
            }
        }
    }
    None
}

/// A browser page over the DevTools protocol.
struct Browser {
    child: Child,
    input: ChildStdin,
    messages: Receiver<Value>,
    next_id: u64,
    session: String,
    /// Script errors, console errors and CSP violations seen so far.
    errors: Vec<String>,
}

impl Browser {
    fn launch(binary: &Path, profile: &Path) -> Browser {
        // The pipe protocol reads commands on fd 3 and writes on fd 4: the shell hands it
        // our stdin and stdout there (no unsafe fd juggling in the test).
        let mut child = Command::new("sh")
            .arg("-c")
            .arg("exec \"$0\" \"$@\" 3<&0 4>&1 0</dev/null 1>&2")
            .arg(binary)
            .args([
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-dev-shm-usage",
                "--no-first-run",
                "--no-default-browser-check",
                "--disable-extensions",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--hide-scrollbars",
                "--remote-debugging-pipe",
                "--window-size=1360,1000",
            ])
            .arg(format!("--user-data-dir={}", profile.display()))
            .arg("about:blank")
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::from(std::fs::File::create(profile.with_extension("log")).expect("browser log")))
            .spawn()
            .expect("start chromium");
        let input = child.stdin.take().expect("stdin");
        let output = child.stdout.take().expect("stdout");
        let (tx, messages) = channel();
        std::thread::spawn(move || {
            let mut reader = BufReader::new(output);
            let mut buf = Vec::new();
            while reader.read_until(0, &mut buf).is_ok_and(|n| n > 0) {
                buf.pop_if(|b| *b == 0);
                if let Ok(v) = serde_json::from_slice::<Value>(&buf)
                    && tx.send(v).is_err()
                {
                    break;
                }
                buf.clear();
            }
        });
        let mut b = Browser { child, input, messages, next_id: 0, session: String::new(), errors: Vec::new() };
        let target = b.call_browser("Target.createTarget", json!({ "url": "about:blank" }));
        let target_id = target["targetId"].as_str().expect("target id").to_string();
        let attached = b.call_browser("Target.attachToTarget", json!({ "targetId": target_id, "flatten": true }));
        b.session = attached["sessionId"].as_str().expect("session").to_string();
        for domain in ["Page.enable", "Runtime.enable", "Log.enable"] {
            b.call(domain, json!({}));
        }
        b.call(
            "Emulation.setDeviceMetricsOverride",
            json!({ "width": 1360, "height": 1000, "deviceScaleFactor": 1, "mobile": false }),
        );
        b
    }

    fn send(&mut self, method: &str, params: Value, session: bool) -> Value {
        self.next_id += 1;
        let id = self.next_id;
        let mut msg = json!({ "id": id, "method": method, "params": params });
        if session {
            msg["sessionId"] = json!(self.session);
        }
        let mut bytes = serde_json::to_vec(&msg).expect("json");
        bytes.push(0);
        self.input.write_all(&bytes).expect("write to browser");
        self.input.flush().expect("flush");
        let deadline = Instant::now() + Duration::from_secs(60);
        loop {
            let left = deadline.saturating_duration_since(Instant::now());
            let m = match self.messages.recv_timeout(left) {
                Ok(m) => m,
                Err(RecvTimeoutError::Timeout) => panic!("browser: no answer to {method}"),
                Err(RecvTimeoutError::Disconnected) => panic!("browser: gone during {method}"),
            };
            if m["id"].as_u64() == Some(id) {
                if let Some(e) = m.get("error") {
                    panic!("browser: {method}: {e}");
                }
                return m["result"].clone();
            }
            self.note_event(&m);
        }
    }

    fn call_browser(&mut self, method: &str, params: Value) -> Value {
        self.send(method, params, false)
    }

    fn call(&mut self, method: &str, params: Value) -> Value {
        self.send(method, params, true)
    }

    fn note_event(&mut self, m: &Value) {
        let p = &m["params"];
        match m["method"].as_str() {
            Some("Runtime.exceptionThrown") => {
                let d = &p["exceptionDetails"];
                self.errors.push(format!("exception: {} {}", d["text"], d["exception"]["description"]));
            }
            Some("Runtime.consoleAPICalled") if p["type"] == "error" => {
                self.errors.push(format!("console.error: {}", p["args"]));
            }
            Some("Log.entryAdded") if p["entry"]["level"] == "error" => {
                self.errors.push(format!("log ({}): {}", p["entry"]["source"], p["entry"]["text"]));
            }
            _ => {}
        }
    }

    /// Evaluates an expression in the page (awaiting a promise) and returns its value.
    fn eval(&mut self, expression: &str) -> Value {
        let r = self.call(
            "Runtime.evaluate",
            json!({ "expression": expression, "awaitPromise": true, "returnByValue": true, "userGesture": true }),
        );
        if let Some(e) = r.get("exceptionDetails") {
            panic!("page: {expression}\n  threw {}", e["exception"]["description"].as_str().unwrap_or(&e.to_string()));
        }
        r["result"]["value"].clone()
    }

    /// Waits until a condition holds in the page (polled every 50 ms, 20 s at most).
    fn wait(&mut self, what: &str, condition: &str) -> Value {
        let js = format!(
            "new Promise((resolve, reject) => {{ const t0 = Date.now(); const tick = () => {{ let v; \
             try {{ v = ({condition}); }} catch (e) {{ v = false; }} \
             if (v) resolve(v); else if (Date.now() - t0 > 20000) reject(new Error({what:?} + ': timed out; status: ' + document.getElementById('status')?.textContent)); \
             else setTimeout(tick, 50); }}; tick(); }})"
        );
        self.eval(&js)
    }

    /// Waits for the view to be drawn and every request to be answered.
    fn settle(&mut self, view: &str) {
        self.wait(
            &format!("{view} view"),
            &format!(
                "document.body.dataset.busy === '0' && (document.body.dataset.rendered || '').startsWith('{view}:') \
                 && (document.body.dataset.renderedHash || '') === location.hash"
            ),
        );
    }

    fn navigate(&mut self, url: &str) {
        self.call("Page.navigate", json!({ "url": url }));
        self.wait("page load", "document.readyState === 'complete'");
    }

    /// A real mouse click in the middle of the element.
    fn click(&mut self, selector: &str) {
        let at = self.eval(&format!(
            "(() => {{ const e = document.querySelector({selector:?}); if (!e) throw new Error('no ' + {selector:?}); \
             e.scrollIntoView({{block: 'center'}}); const r = e.getBoundingClientRect(); \
             return [r.left + r.width / 2, r.top + r.height / 2]; }})()"
        ));
        let (x, y) = (at[0].as_f64().expect("x"), at[1].as_f64().expect("y"));
        for kind in ["mousePressed", "mouseReleased"] {
            self.call("Input.dispatchMouseEvent", json!({ "type": kind, "x": x, "y": y, "button": "left", "clickCount": 1 }));
        }
    }

    /// Types into a field as a user would (focus, then text input).
    fn type_into(&mut self, selector: &str, text: &str) {
        self.eval(&format!(
            "(() => {{ const e = document.querySelector({selector:?}); e.focus(); e.value = ''; return true; }})()"
        ));
        self.call("Input.insertText", json!({ "text": text }));
    }

    fn screenshot(&mut self, path: &Path) {
        let r = self.call("Page.captureScreenshot", json!({ "format": "png" }));
        let png = base64_decode(r["data"].as_str().expect("image data"));
        assert!(png.starts_with(b"\x89PNG"), "a PNG");
        std::fs::write(path, png).expect("write screenshot");
    }
}

impl Drop for Browser {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

fn base64_decode(s: &str) -> Vec<u8> {
    let value = |c: u8| -> Option<u32> {
        Some(match c {
            b'A'..=b'Z' => c - b'A',
            b'a'..=b'z' => c - b'a' + 26,
            b'0'..=b'9' => c - b'0' + 52,
            b'+' => 62,
            b'/' => 63,
            _ => return None,
        } as u32)
    };
    let mut out = Vec::with_capacity(s.len() * 3 / 4);
    let (mut acc, mut bits) = (0u32, 0);
    for v in s.bytes().filter_map(value) {
        acc = (acc << 6) | v;
        bits += 6;
        if bits >= 8 {
            bits -= 8;
            out.push((acc >> bits) as u8);
        }
    }
    out
}

/// Text of the marks of the selected event with this role, joined.
fn marked(b: &mut Browser, scope: &str, role: &str) -> String {
    b.eval(&format!(
        "Array.from(document.querySelectorAll('{scope} .doc-text mark.sel[data-role={role}]')).map(m => m.textContent).join('')"
    ))
    .as_str()
    .unwrap_or_default()
    .to_string()
}

#[test]
fn the_workbench_in_a_browser() {
    let Some(chromium) = find_chromium() else {
        if std::env::var("CI").is_ok_and(|v| v == "true") {
            panic!("chromium is not installed: CI must install it (.ci/run does, with apt-get)");
        }
        eprintln!("SKIPPED the_workbench_in_a_browser: no chromium on PATH (apt-get install chromium, or set HADATH_CHROMIUM)");
        return;
    };
    let (server, dir) = common::serve("browser");
    let base = format!("http://{}", server.addr);
    let shots = std::env::var_os("HADATH_SCREENSHOTS")
        .map(PathBuf::from)
        .unwrap_or_else(|| Path::new(env!("CARGO_TARGET_TMPDIR")).join("browser-screenshots"));
    std::fs::create_dir_all(&shots).expect("screenshot folder");
    let mut b = Browser::launch(&chromium, &dir.join("profile"));

    // 1. The events table, then a filter typed and applied.
    b.navigate(&format!("{base}/"));
    b.settle("events");
    let rows = b.eval("document.querySelectorAll('#events-table tbody tr').length").as_u64().unwrap_or(0);
    assert!(rows > 10, "the table lists events: {rows}");
    b.type_into("#f-actor", "JOR");
    b.click("#apply");
    b.wait("filtered table", "location.hash.includes('actor=JOR') && document.body.dataset.busy === '0'");
    b.settle("events");
    let bad = b.eval(
        "Array.from(document.querySelectorAll('#events-table tbody tr')).filter(r => \
         !(r.querySelector('td.source').textContent.startsWith('JOR') || r.querySelector('td.target').textContent.startsWith('JOR'))).length",
    );
    assert_eq!(bad, json!(0), "every row has JOR on one side");
    let range = b.eval("document.getElementById('range').textContent");
    assert!(range.as_str().is_some_and(|r| r.contains(" of ")), "{range}");
    b.screenshot(&shots.join("1-events-filtered.png"));

    // 2. Open the first event's article: right-to-left text, spans highlighted, why panel.
    let event_id = b.eval("document.querySelector('#events-table tbody tr').dataset.event");
    b.click("#events-table tbody tr td.sentence");
    b.settle("doc");
    assert_eq!(b.eval("document.getElementById('doc-text').getAttribute('dir')"), json!("rtl"));
    assert_eq!(b.eval("location.hash.split('event=')[1]"), event_id, "the clicked event is selected");
    for role in ["source", "trigger", "target"] {
        let n = b.eval(&format!("document.querySelectorAll('#doc-text mark.sel.hl-{role}').length"));
        assert!(n.as_u64().is_some_and(|n| n > 0), "a highlighted {role}");
    }
    let why = b.eval("document.getElementById('why').textContent");
    let why = why.as_str().unwrap_or_default();
    assert!(why.contains(".lex:") && why.contains("basis:"), "the why panel: {why}");
    b.screenshot(&shots.join("2-article.png"));

    // 3. The hostile article: markup is text, no script ran, highlights land on characters.
    let xss = common::document_id(&dir.join("test.db"), "xss");
    b.navigate(&format!("{base}/#/doc/{xss}"));
    b.settle("doc");
    assert_eq!(b.eval("typeof window.__pwned"), json!("undefined"), "no script from the article ran");
    let shown = b.eval("document.getElementById('doc-text').textContent");
    assert!(shown.as_str().is_some_and(|t| t.contains("<script>window.__pwned = 1</script>")), "markup shown as text");
    assert_eq!(b.eval("document.querySelectorAll('#main script, #main img, #main b').length"), json!(0));
    assert_eq!(b.eval("document.getElementById('doc-title').textContent.includes('<b>bold</b>')"), json!(true));
    assert_eq!(b.eval("document.querySelectorAll('#main a[href^=\"javascript\"]').length"), json!(0));
    let doc: Value = b.eval(&format!("fetch('/api/documents/{xss}').then(r => r.json())"));
    let first = &doc["mentions"][0]["record"];
    assert_eq!(marked(&mut b, "#document-view", "trigger"), first["trigger"]["text"].as_str().unwrap_or("?"));
    assert_eq!(marked(&mut b, "#document-view", "source"), first["source"]["text"].as_str().unwrap_or("?"));
    // Another event, picked in the list.
    b.click("#event-list li:last-child");
    let last = &doc["mentions"][doc["mentions"].as_array().map_or(0, |m| m.len() - 1)]["record"];
    assert_eq!(marked(&mut b, "#document-view", "trigger"), last["trigger"]["text"].as_str().unwrap_or("?"));
    b.screenshot(&shots.join("3-hostile-article.png"));

    // 4. The timeline of an actor, per day.
    b.navigate(&format!("{base}/#/timeline"));
    b.settle("timeline");
    b.type_into("#f-actor", "JOR");
    b.eval("document.getElementById('f-bucket').value = 'day'");
    b.click("#apply");
    b.wait("timeline of JOR", "location.hash.includes('actor=JOR')");
    b.settle("timeline");
    let bars = b.eval("document.querySelectorAll('#timeline-chart svg rect.bar').length");
    assert!(bars.as_u64().is_some_and(|n| n > 0), "bars drawn");
    assert_eq!(b.eval("document.querySelectorAll('#timeline-chart path.goldstein-line').length"), json!(1));
    b.screenshot(&shots.join("4-timeline.png"));

    // 5. The network.
    b.navigate(&format!("{base}/#/network?level=country"));
    b.settle("network");
    let nodes = b.eval("document.querySelectorAll('#network circle.node').length").as_u64().unwrap_or(0);
    let edges = b.eval("document.querySelectorAll('#network path.edge').length").as_u64().unwrap_or(0);
    assert!(nodes >= 3 && edges >= 2, "network drawn: {nodes} nodes, {edges} edges");
    b.screenshot(&shots.join("5-network.png"));

    // 6. Code this text.
    b.navigate(&format!("{base}/#/code"));
    b.settle("code");
    b.type_into("#code-text", "وصل وزير الخارجية الأردني أيمن الصفدي أمس الاثنين إلى دمشق في زيارة رسمية.");
    b.type_into("#code-date", "2025-03-11");
    b.click("#code-run");
    b.wait("coded text", "document.querySelectorAll('#code-result mark.sel.hl-trigger').length > 0");
    assert_eq!(b.eval("document.querySelector('#code-result .doc-text').getAttribute('dir')"), json!("rtl"));
    assert_eq!(marked(&mut b, "#code-result", "trigger"), "وصل");
    let summary = b.eval("document.getElementById('code-summary').textContent");
    assert!(summary.as_str().is_some_and(|s| s.contains("language ar")), "{summary}");
    b.screenshot(&shots.join("6-code-this-text.png"));

    // Drain late events, then: no script errors, no policy violations.
    b.eval("1");
    assert!(b.errors.is_empty(), "errors in the page:\n{}", b.errors.join("\n"));
    println!("screenshots: {}", shots.display());
    drop(b);
    server.stop();
}
