//! The `chronicle` binary on good and bad inputs: every bad input gets one line naming it,
//! the rest of the batch goes on, and the exit code says that something failed.

use std::path::PathBuf;
use std::process::Command;

fn chronicle() -> Command {
    Command::new(env!("CARGO_BIN_EXE_chronicle"))
}

fn scratch(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("chronicle-cli-{}-{name}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

fn example() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../examples/report.txt")
}

#[test]
fn the_example_report_extracts_with_its_metadata() {
    let out = chronicle().arg("extract").arg(example()).output().unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let record: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(record["schema"], "chronicle/1");
    assert_eq!(record["document"]["published"], "2024-03-14");
    let events = record["events"].as_array().unwrap();
    let detention = events
        .iter()
        .find(|e| e["type"] == "detention")
        .expect("the detention is found");
    // "on Tuesday" before a Thursday publication date is two days earlier.
    assert_eq!(detention["date"]["value"], "2024-03-12");
    let sentence = events.iter().find(|e| e["type"] == "sentence").unwrap();
    assert_eq!(sentence["penalty"]["kind"], "administrative_arrest");
    assert_eq!(sentence["penalty"]["amount"], 15.0);
}

#[test]
fn bad_inputs_are_named_and_the_batch_goes_on() {
    let dir = scratch("bad");
    std::fs::write(dir.join("empty.txt"), "").unwrap();
    std::fs::write(dir.join("junk.txt"), [0u8, 159, 146, 150, 0, 7, 1, 2, 3]).unwrap();
    let (cp1251, _, _) = encoding_rs::WINDOWS_1251.encode("Полиция задержала журналиста в Минске.");
    std::fs::write(dir.join("legacy.txt"), cp1251).unwrap();
    std::fs::copy(example(), dir.join("good.txt")).unwrap();
    std::fs::write(dir.join("good.meta.json"), "{ not json").unwrap();
    let missing = dir.join("no-such-file.txt");
    let out = chronicle()
        .arg("extract")
        .arg(&dir)
        .arg(&missing)
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "some inputs failed: {stderr}");
    assert!(
        stderr.contains("empty.txt") && stderr.contains("empty"),
        "{stderr}"
    );
    assert!(
        stderr.contains("junk.txt") && stderr.contains("binary"),
        "{stderr}"
    );
    assert!(stderr.contains("good.meta.json"), "{stderr}");
    assert!(stderr.contains("no-such-file.txt"), "{stderr}");
    // The Windows-1251 report was decoded and extracted: one JSON line on stdout.
    let lines: Vec<&str> = std::str::from_utf8(&out.stdout).unwrap().lines().collect();
    assert_eq!(lines.len(), 1, "{lines:?}");
    let record: serde_json::Value = serde_json::from_str(lines[0]).unwrap();
    assert!(record["document"]["source"]
        .as_str()
        .unwrap()
        .ends_with("legacy.txt"));
}

#[test]
fn json_lines_keep_order_and_source_and_report_bad_lines() {
    let dir = scratch("jsonl");
    let file = dir.join("batch.jsonl");
    let mut text = String::new();
    for i in 0..40 {
        let line = serde_json::json!({
            "text": format!("Police detained activist Ruslan Testov{i} in Almaty on March 3."),
            "source": format!("feed/{i}"),
            "published": "2024-03-05"
        });
        text.push_str(&line.to_string());
        text.push('\n');
        if i == 7 {
            text.push_str("{ broken\n");
        }
    }
    std::fs::write(&file, text).unwrap();
    let out = chronicle()
        .args(["extract", "--jsonl"])
        .arg(&file)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).contains("batch.jsonl:9"));
    let sources: Vec<String> = std::str::from_utf8(&out.stdout)
        .unwrap()
        .lines()
        .map(|l| {
            serde_json::from_str::<serde_json::Value>(l).unwrap()["document"]["source"]
                .as_str()
                .unwrap()
                .to_string()
        })
        .collect();
    let expected: Vec<String> = (0..40).map(|i| format!("feed/{i}")).collect();
    assert_eq!(sources, expected);
}

#[test]
fn a_file_over_the_size_limit_is_refused_without_reading_it() {
    let dir = scratch("big");
    let big = dir.join("big.txt");
    let f = std::fs::File::create(&big).unwrap();
    f.set_len(100 * 1024 * 1024).unwrap(); // sparse: 100 MB on paper, nothing on disk
    let out = chronicle().arg("extract").arg(&big).output().unwrap();
    assert_eq!(out.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains("big.txt") && stderr.contains("too large"),
        "{stderr}"
    );
}

#[test]
fn table_format_is_for_people() {
    let out = chronicle()
        .args(["extract", "--format", "table"])
        .arg(example())
        .output()
        .unwrap();
    assert!(out.status.success());
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(
        text.contains("detention") && text.contains("Borisevich"),
        "{text}"
    );
}
