//! The lessons: each is a Python program (or several, each on its own host)
//! plus a `.toml` that names its parameters, what to observe and what its
//! check verifies. They are embedded
//! at build time from `scenarios/` (see `build.rs`), so the CLI and the page
//! carry exactly the same catalog.

mod params;
mod programs;

pub use params::{apply_params, apply_params_each, ParamError};
pub use programs::{LessonError, LessonProgram};

use crate::os::{HostSpec, Page};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// A text in the two languages of the course.
#[derive(Clone, Debug, Default, Deserialize, Serialize)]
pub struct Text {
    /// Chinese, the course's own language.
    pub zh: String,
    /// English.
    pub en: String,
}

/// The type of a lesson parameter, which decides its form control and how a
/// value is checked and written into the program.
#[derive(Clone, Copy, Debug, Deserialize, Serialize, PartialEq, Eq)]
#[serde(rename_all = "lowercase")]
pub enum ParamType {
    /// A whole number with an inclusive range.
    Int,
    /// A decimal number with an inclusive range.
    Float,
    /// True or False.
    Bool,
    /// One of a list of choices (or free text when none are given).
    Str,
    /// Any Python literal (lists of tuples, dicts, bytes, None), edited as text.
    Literal,
}

/// One parameter: a module-level CAPITALS constant the runner may replace.
#[derive(Clone, Debug, Deserialize, Serialize)]
pub struct ParamSpec {
    /// The constant's name in the program, e.g. `REPEAT`.
    pub name: String,
    /// How the value is checked and shown.
    #[serde(rename = "type")]
    pub ty: ParamType,
    /// The default, the seed's own value.
    pub default: serde_json::Value,
    /// Smallest allowed value (numbers).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub min: Option<f64>,
    /// Largest allowed value (numbers).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub max: Option<f64>,
    /// Allowed values (strings).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub choices: Vec<String>,
    /// The form's label.
    pub label: Text,
}

/// A lesson of the course, as its `.toml` describes it plus its program.
#[derive(Clone, Debug, Deserialize, Serialize)]
pub struct Lesson {
    /// The lesson's id, its file stem: `multitask-sing-dance`.
    #[serde(default)]
    pub id: String,
    /// The chapter folder it lives in: `01-multitasking`.
    #[serde(default)]
    pub chapter: String,
    /// The lesson's title.
    pub title: Text,
    /// Which seed section it comes from and how it was fixed.
    pub source: String,
    /// The machine it is meant for: deterministic, parallel or both.
    pub machine: String,
    /// What a learner should look at.
    pub observe: Text,
    /// What the lesson's test verifies, in words.
    pub check: String,
    /// The parameters, in form order.
    /// (`[[param]]` tables in the .toml, `params` in JSON.)
    #[serde(default, rename(deserialize = "param"))]
    pub params: Vec<ParamSpec>,
    /// Its programs: one, `<id>.py`, or several, as its `[[program]]`
    /// tables list them (each a file of the folder `<id>/` and its host).
    /// All start together; parameters apply to each that defines them.
    #[serde(default, rename(deserialize = "program"))]
    pub programs: Vec<LessonProgram>,
    /// Named fixtures the program reads (file contents, stdin).
    #[serde(default)]
    pub fixtures: BTreeMap<String, String>,
    /// The simulated web the program fetches from (`[[web]]` tables:
    /// `url`, `latency` in seconds, `bytes` or `body`, `status`).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub web: Vec<Page>,
    /// The network's hosts (`[[host]]` tables: `name`, `ip`, `latency`,
    /// `bandwidth`); none: one host, "localhost".
    #[serde(default, rename(deserialize = "host"), skip_serializing_if = "Vec::is_empty")]
    pub hosts: Vec<HostSpec>,
}

/// A chapter: a folder of lessons with a title.
#[derive(Clone, Debug, Deserialize, Serialize)]
pub struct Chapter {
    /// The folder name, which orders the chapters: `01-multitasking`.
    #[serde(default)]
    pub folder: String,
    /// The chapter's title.
    pub title: Text,
    /// Its lesson ids in course order, as `chapter.toml` lists them.
    pub order: Vec<String>,
    /// Its lessons, in course order.
    #[serde(default)]
    pub lessons: Vec<Lesson>,
}

struct EmbeddedLesson {
    id: &'static str,
    /// Its `.toml`, as JSON (see `build.rs`).
    json: &'static str,
    /// Its Python files by name (see `build.rs`).
    files: &'static [(&'static str, &'static str)],
}

struct EmbeddedChapter {
    folder: &'static str,
    /// Its `chapter.toml`, as JSON (see `build.rs`).
    json: &'static str,
    lessons: &'static [EmbeddedLesson],
}

const EMBEDDED: &[EmbeddedChapter] = include!(concat!(env!("OUT_DIR"), "/scenarios.rs"));

/// The whole course, chapter by chapter. A malformed `.toml` or a program
/// file it names that is missing is a build-time mistake of ours; the
/// catalog test assembles every lesson, so this never fails for a shipped build.
pub fn catalog() -> Vec<Chapter> {
    EMBEDDED
        .iter()
        .map(|c| {
            let mut chapter: Chapter = serde_json::from_str(c.json)
                .unwrap_or_else(|e| panic!("scenarios/{}/chapter.toml: {e}", c.folder));
            chapter.folder = c.folder.to_string();
            chapter.lessons = c
                .lessons
                .iter()
                .map(|l| {
                    Lesson::assemble(l.id, c.folder, l.json, l.files)
                        .unwrap_or_else(|e| panic!("scenarios/{}/{}.toml: {e}", c.folder, l.id))
                })
                .collect();
            chapter.lessons.sort_by_key(|l| course_position(&chapter.order, &l.id));
            chapter
        })
        .collect()
}

/// Where a lesson comes in its chapter: its place in `order`; a lesson the
/// order forgets comes last (the catalog test reports it).
fn course_position(order: &[String], id: &str) -> usize {
    order.iter().position(|o| o == id).unwrap_or(order.len())
}

/// The lesson with this id, if the course has one.
pub fn lesson(id: &str) -> Option<Lesson> {
    catalog().into_iter().flat_map(|c| c.lessons).find(|l| l.id == id)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_chapter_orders_exactly_its_lessons() {
        for c in catalog() {
            let ids: Vec<&str> = c.lessons.iter().map(|l| l.id.as_str()).collect();
            assert_eq!(ids, c.order, "scenarios/{}/chapter.toml: `order` must list each lesson once", c.folder);
        }
    }

    #[test]
    fn every_lesson_parses_and_its_defaults_apply() {
        let lessons: Vec<_> = catalog().into_iter().flat_map(|c| c.lessons).collect();
        assert!(lessons.iter().any(|l| l.id == "multitask-sing-dance"));
        for l in lessons {
            assert!(l.programs.iter().all(|p| !p.source.is_empty()), "{} has its programs", l.id);
            for p in &l.programs {
                apply_params(&p.source, &[], Some(&l.params)).unwrap_or_else(|e| panic!("{}: {e}", l.id));
            }
        }
    }
}
