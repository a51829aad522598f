//! The committed tables are exactly what `build-gazetteer` makes from the shared data (run with
//! `--features build`; skipped when the shared data folder is absent).
#![cfg(feature = "build")]

use std::fs;
use std::path::Path;
use std::process::Command;

#[test]
fn committed_tables_match_a_fresh_build() {
    let manifest = Path::new(env!("CARGO_MANIFEST_DIR"));
    let shared = manifest.join("../../../shared/data");
    if !shared.join("geonames/cities15000.json").exists() {
        eprintln!("skipping: no shared data at {}", shared.display());
        return;
    }
    let committed = manifest.join("../../data/gazetteer");
    let out = std::env::temp_dir().join(format!("gazetteer-rebuild-{}", std::process::id()));
    fs::create_dir_all(out.join("curated")).expect("temp dir");
    for entry in fs::read_dir(committed.join("curated")).expect("curated lists") {
        let path = entry.expect("dir entry").path();
        fs::copy(
            &path,
            out.join("curated")
                .join(path.file_name().expect("file name")),
        )
        .expect("copy");
    }
    let status = Command::new(env!("CARGO_BIN_EXE_build-gazetteer"))
        .arg("--shared")
        .arg(&shared)
        .arg("--out")
        .arg(&out)
        .status()
        .expect("build-gazetteer runs");
    assert!(status.success());
    for table in ["countries.tsv", "regions.tsv", "cities.tsv"] {
        let fresh = fs::read_to_string(out.join(table)).expect("fresh table");
        let kept = fs::read_to_string(committed.join(table)).expect("committed table");
        assert!(
            fresh == kept,
            "{table} differs from a fresh build: rerun build-gazetteer"
        );
    }
    fs::remove_dir_all(&out).ok();
}
