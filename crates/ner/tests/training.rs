//! Training is reproducible and learns; the shipped model scores on CoNLL-2003 testa.

use std::path::{Path, PathBuf};

use chronicle_ner::{eval_conll, train, EntityType, Label, Progress, Tagger, TrainOptions};

/// A small synthetic corpus: "<First> <Last> visited <City> with <Org> ." and variants.
fn write_corpus(path: &Path, offset: usize, n: usize) {
    let first = [
        "Anna", "Boris", "Carla", "Dmitri", "Elena", "Farid", "Gulnara", "Hakim",
    ];
    let last = [
        "Petrova", "Ivanov", "Rossi", "Sokolov", "Kim", "Nazarov", "Aliyeva", "Omar",
    ];
    let cities = [
        "Almaty", "Paris", "Tbilisi", "Minsk", "Baku", "Cairo", "Lima", "Oslo",
    ];
    let orgs = [
        "Amnesty", "Reuters", "Interpol", "Gazprom", "Memorial", "Unicef",
    ];
    let mut text = String::new();
    for i in offset..offset + n {
        let (f, l) = (first[i % 8], last[(i * 3 + 1) % 8]);
        let c = cities[(i * 5 + 2) % 8];
        let o = orgs[(i * 7 + 3) % 6];
        let line = format!(
            "{f} B-PER\n{l} I-PER\nvisited O\n{c} B-LOC\nwith O\n{o} B-ORG\nstaff O\n. O\n\n"
        );
        text.push_str(&line);
        if i % 3 == 0 {
            text.push_str(&format!(
                "{o} B-ORG\nsaid O\n{l} B-PER\nleft O\n{c} B-LOC\n. O\n\n"
            ));
        }
    }
    std::fs::write(path, text).unwrap();
}

fn temp_dir(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("chronicle-ner-{name}-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

#[test]
fn training_is_byte_identical_and_learns() {
    let dir = temp_dir("train");
    write_corpus(&dir.join("train.conll"), 0, 120);
    write_corpus(&dir.join("dev.conll"), 500, 20);
    let run = |out: &str| {
        let mut opts = TrainOptions::new(
            dir.join("train.conll"),
            dir.join("dev.conll"),
            dir.join(out),
        );
        opts.epochs = 3;
        opts.hash_bits = 14;
        opts.ensemble = 2;
        let mut epochs_seen = Vec::new();
        let report = train(&opts, &mut |p| {
            if let Progress::Epoch(e) = p {
                epochs_seen.push((e.member, e.epoch));
                assert!(e.dev_f1 >= 0.0 && e.dev_f1 <= 100.0);
            }
        })
        .unwrap();
        // Two ensemble members of three epochs each.
        assert_eq!(
            epochs_seen,
            [(0, 1), (0, 2), (0, 3), (1, 1), (1, 2), (1, 3)]
        );
        (report, std::fs::read(dir.join(out)).unwrap())
    };
    let (report, a) = run("a.bin");
    let (_, b) = run("b.bin");
    assert_eq!(a, b, "same data and seed must give the same model bytes");
    assert!(report.dev.f1() > 90.0, "dev F1 {}", report.dev.f1());

    let tagger = Tagger::load(&dir.join("a.bin")).unwrap();
    let labels = tagger.tag(&[
        "Carla", "Nazarov", "visited", "Lima", "with", "Unicef", "staff", ".",
    ]);
    assert_eq!(labels[0], Label::B(EntityType::Per));
    assert_eq!(labels[1], Label::I(EntityType::Per));
    assert_eq!(labels[3], Label::B(EntityType::Loc));
    assert_eq!(labels[5], Label::B(EntityType::Org));
    std::fs::remove_dir_all(&dir).ok();
}

#[test]
fn bad_options_are_refused_with_advice() {
    let mut opts = TrainOptions::new("x".into(), "y".into(), "z".into());
    opts.hash_bits = 40;
    let err = train(&opts, &mut |_| {}).unwrap_err();
    assert!(err.to_string().contains("hash_bits"), "{err}");
    let opts = TrainOptions::new("/nonexistent/train".into(), "y".into(), "z".into());
    let err = train(&opts, &mut |_| {}).unwrap_err();
    assert!(err.to_string().contains("/nonexistent/train"), "{err}");
}

#[test]
fn shipped_model_scores_on_conll_testa() {
    let testa =
        Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../shared/data/conll2003/eng.testa");
    if !testa.exists() {
        println!("skipped: {} is absent", testa.display());
        return;
    }
    let tagger = Tagger::embedded().unwrap();
    let dir = temp_dir("eval");
    let preds = dir.join("pred.txt");
    let report = eval_conll(tagger, &testa, Some(&preds)).unwrap();
    assert!(report.f1() >= 91.0, "{report}");
    for t in EntityType::ALL {
        assert!(report.counts(t).f1() >= 80.0, "{t}: {report}");
    }
    let written = std::fs::read_to_string(&preds).unwrap();
    let token_lines = written.lines().filter(|l| !l.is_empty()).count();
    assert_eq!(token_lines, report.tokens);
    std::fs::remove_dir_all(&dir).ok();
}
