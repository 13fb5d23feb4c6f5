//! Embeds `scenarios/` into the crate, so the CLI and the page's module carry
//! the same lessons and neither reads files at run time. A lesson is
//! `<id>.toml` with its program `<id>.py`, or, when it has several programs,
//! with their files in a folder `<id>/` (its `[[program]]` tables name them).
//! The TOML is embedded as JSON, so the crate parses it with serde_json and
//! needs no TOML parser of its own.

use std::{env, fs, path::Path};

/// The Python files of lesson `id`: `<id>.py` beside its .toml, and every
/// `.py` in a folder named `<id>` (a lesson of several programs), by name.
fn program_files(chapter: &Path, id: &str) -> Vec<(String, std::path::PathBuf)> {
    let mut files = Vec::new();
    let single = chapter.join(format!("{id}.py"));
    if single.is_file() {
        files.push((format!("{id}.py"), single));
    }
    let folder = chapter.join(id);
    if folder.is_dir() {
        println!("cargo:rerun-if-changed={}", folder.display());
        let mut inside: Vec<_> = fs::read_dir(&folder)
            .expect("lesson folder readable")
            .map(|e| e.expect("readable entry").path())
            .filter(|p| p.extension().is_some_and(|x| x == "py"))
            .map(|p| (p.file_name().unwrap().to_string_lossy().into_owned(), p))
            .collect();
        inside.sort();
        files.extend(inside);
    }
    files
}

/// The TOML file `path` as JSON text; a file that is not TOML stops the build
/// with its path and the parser's message.
fn toml_as_json(path: &Path) -> String {
    println!("cargo:rerun-if-changed={}", path.display());
    let text = fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    let value: toml::Value = toml::from_str(&text).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    serde_json::to_string(&value).expect("TOML values are JSON values")
}

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
        let json = |name: &str| toml_as_json(&chapter.join(name));
        out += &format!("    EmbeddedChapter {{ folder: {folder:?}, json: {:?}, lessons: &[\n", json("chapter.toml"));
        for id in ids {
            out += &format!("        EmbeddedLesson {{ id: {id:?}, json: {:?}, files: &[\n", json(&format!("{id}.toml")));
            for (name, file) in program_files(chapter, &id) {
                out += &format!("            ({name:?}, include_str!({:?})),\n", file.display().to_string());
            }
            out += "        ] },\n";
        }
        out += "    ] },\n";
    }
    out += "]\n";
    fs::write(Path::new(&env::var("OUT_DIR").unwrap()).join("scenarios.rs"), out).unwrap();
}
