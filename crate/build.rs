//! Embeds `scenarios/` into the crate, so the CLI and the page's module carry
//! the same lessons and neither reads files at run time.

use std::{env, fs, path::Path};

fn main() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../scenarios");
    println!("cargo:rerun-if-changed={}", root.display());
    let mut chapters: Vec<_> = fs::read_dir(&root)
        .expect("scenarios/ exists")
        .map(|e| e.expect("readable entry").path())
        .filter(|p| p.is_dir())
        .collect();
    chapters.sort();
    let mut out = String::from("&[\n");
    for chapter in &chapters {
        println!("cargo:rerun-if-changed={}", chapter.display());
        let folder = chapter.file_name().unwrap().to_string_lossy().into_owned();
        let mut ids: Vec<String> = fs::read_dir(chapter)
            .expect("chapter folder readable")
            .filter_map(|e| {
                let p = e.expect("readable entry").path();
                let stem = p.file_stem()?.to_string_lossy().into_owned();
                (p.extension()? == "toml" && stem != "chapter").then_some(stem)
            })
            .collect();
        ids.sort();
        let path = |name: &str| format!("{:?}", chapter.join(name).display().to_string());
        out += &format!(
            "    EmbeddedChapter {{ folder: {folder:?}, toml: include_str!({}), lessons: &[\n",
            path("chapter.toml")
        );
        for id in ids {
            out += &format!(
                "        EmbeddedLesson {{ id: {id:?}, program: include_str!({}), toml: include_str!({}) }},\n",
                path(&format!("{id}.py")),
                path(&format!("{id}.toml"))
            );
        }
        out += "    ] },\n";
    }
    out += "]\n";
    fs::write(Path::new(&env::var("OUT_DIR").unwrap()).join("scenarios.rs"), out).unwrap();
}
