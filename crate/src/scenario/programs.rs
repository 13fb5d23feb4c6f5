//! A lesson's programs: which files run, and on which hosts. A lesson of one
//! program is `<id>.py`; a lesson of several lists them in `[[program]]`
//! tables (`file = "server.py"`, `host = "master"`), their files in the
//! folder `<id>/`, their hosts among its `[[host]]` tables.

use super::Lesson;
use serde::{Deserialize, Serialize};
use std::fmt;

/// One program of a lesson.
#[derive(Clone, Debug, Deserialize, Serialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct LessonProgram {
    /// Its file name, which tracebacks show: `server.py`.
    pub file: String,
    /// The host it runs on, one of the lesson's `[[host]]` names; none:
    /// the first host.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub host: Option<String>,
    /// Its Python source (from the file, not the .toml).
    #[serde(default, skip_deserializing)]
    pub source: String,
}

/// Why a lesson's description does not hold together.
#[derive(Clone, Debug, PartialEq)]
pub struct LessonError(pub String);

impl fmt::Display for LessonError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for LessonError {}

impl Lesson {
    /// The lesson `id` of chapter `chapter` from its `.toml`, as the JSON
    /// `build.rs` turns it into, and its Python `files` (name, source): each
    /// `[[program]]` gets its file's source, or, with none listed, `<id>.py`
    /// is the one program. An error names what is wrong: a field that does
    /// not belong, a missing file, a host no `[[host]]` declares, a file
    /// listed twice.
    pub fn assemble(id: &str, chapter: &str, json: &str, files: &[(&str, &str)]) -> Result<Lesson, LessonError> {
        let mut lesson: Lesson = serde_json::from_str(json).map_err(|e| LessonError(e.to_string()))?;
        lesson.id = id.to_string();
        lesson.chapter = chapter.to_string();
        if lesson.programs.is_empty() {
            lesson.programs.push(LessonProgram { file: format!("{id}.py"), host: None, source: String::new() });
        }
        for i in 0..lesson.programs.len() {
            lesson.check_program(i, files)?;
        }
        Ok(lesson)
    }

    /// Fills in program `i`'s source, checking its file and host.
    fn check_program(&mut self, i: usize, files: &[(&str, &str)]) -> Result<(), LessonError> {
        let (listed, p) = (&self.programs[..i], &self.programs[i]);
        if listed.iter().any(|q| q.file == p.file) {
            return Err(LessonError(format!("program {} is listed twice", p.file)));
        }
        if let Some(host) = &p.host {
            if !self.hosts.iter().any(|h| &h.name == host) {
                return Err(LessonError(format!("program {}: no [[host]] is named {host:?}", p.file)));
            }
        }
        let source = files.iter().find(|(name, _)| *name == p.file).map(|(_, s)| s.to_string());
        self.programs[i].source = source.ok_or_else(|| {
            let folder = if self.programs.len() == 1 && p.host.is_none() { String::new() } else { format!("{}/", self.id) };
            LessonError(format!("program {}: there is no file {folder}{}", p.file, p.file))
        })?;
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const HEAD: &str = "title = { zh = \"z\", en = \"e\" }\nsource = \"s\"\nmachine = \"deterministic\"\n\
        observe = { zh = \"z\", en = \"e\" }\ncheck = \"c\"\n";
    const HOSTS: &str = "[[host]]\nname = \"master\"\nip = \"10.0.0.1\"\n[[host]]\nname = \"worker-1\"\nip = \"10.0.0.2\"\n";

    /// A lesson's TOML as the JSON `build.rs` embeds.
    fn json(toml: &str) -> String {
        serde_json::to_string(&toml::from_str::<toml::Value>(toml).unwrap()).unwrap()
    }

    fn two(programs: &str) -> Result<Lesson, LessonError> {
        let json = json(&format!("{HEAD}{HOSTS}{programs}"));
        Lesson::assemble("two", "99-x", &json, &[("server.py", "print(1)\n"), ("worker.py", "print(2)\n")])
    }

    #[test]
    fn a_lesson_without_program_tables_is_its_own_file() {
        let l = Lesson::assemble("one", "99-x", &json(HEAD), &[("one.py", "print(1)\n")]).unwrap();
        assert_eq!(l.programs, [LessonProgram { file: "one.py".into(), host: None, source: "print(1)\n".into() }]);
        let err = Lesson::assemble("one", "99-x", &json(HEAD), &[]).unwrap_err();
        assert_eq!(err.0, "program one.py: there is no file one.py");
    }

    #[test]
    fn program_tables_name_files_and_hosts() {
        let l = two("[[program]]\nfile = \"server.py\"\nhost = \"master\"\n[[program]]\nfile = \"worker.py\"\nhost = \"worker-1\"\n").unwrap();
        let placed: Vec<_> = l.programs.iter().map(|p| (p.file.as_str(), p.host.as_deref(), p.source.as_str())).collect();
        assert_eq!(placed, [("server.py", Some("master"), "print(1)\n"), ("worker.py", Some("worker-1"), "print(2)\n")]);
    }

    #[test]
    fn a_bad_program_table_is_an_error_naming_it() {
        let err = two("[[program]]\nfile = \"server.py\"\nhost = \"moon\"\n").unwrap_err();
        assert_eq!(err.0, "program server.py: no [[host]] is named \"moon\"");
        let err = two("[[program]]\nfile = \"client.py\"\nhost = \"master\"\n").unwrap_err();
        assert_eq!(err.0, "program client.py: there is no file two/client.py");
        let err = two("[[program]]\nfile = \"server.py\"\n[[program]]\nfile = \"server.py\"\n").unwrap_err();
        assert_eq!(err.0, "program server.py is listed twice");
        assert!(two("[[program]]\nfile = \"server.py\"\nport = 1\n").unwrap_err().0.contains("unknown field `port`"));
    }
}
