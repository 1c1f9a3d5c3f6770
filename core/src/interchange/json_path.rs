//! Where in a JSON text a position falls, as a path: `list[0].workspace.students[3].rate`.
//!
//! serde_json reports a damaged field by line and column; this turns that into the field's
//! path for the user. (serde_path_to_error does the same while parsing, but doubles every
//! deserializer in the wasm: about 90 KB before compression, measured.)

enum Frame {
    Object(Option<String>),
    Array(usize),
}

/// The path of the value being read at byte `offset` of `text` (best effort: the text may
/// be damaged right there).
pub fn path_at(text: &str, offset: usize) -> String {
    let bytes = text.as_bytes();
    let end = offset.min(bytes.len());
    let mut stack: Vec<Frame> = Vec::new();
    let mut expecting_key = false;
    let mut i = 0;
    while i < end {
        match bytes[i] {
            b'"' => {
                let start = i + 1;
                i += 1;
                while i < bytes.len() && bytes[i] != b'"' {
                    i += if bytes[i] == b'\\' { 2 } else { 1 };
                }
                if expecting_key {
                    if let Some(Frame::Object(key)) = stack.last_mut() {
                        *key = Some(text.get(start..i.min(bytes.len())).unwrap_or("").to_string());
                    }
                    expecting_key = false;
                }
            }
            b'{' => {
                stack.push(Frame::Object(None));
                expecting_key = true;
            }
            b'[' => stack.push(Frame::Array(0)),
            b'}' | b']' => {
                stack.pop();
            }
            b',' => match stack.last_mut() {
                Some(Frame::Array(index)) => *index += 1,
                Some(Frame::Object(_)) => expecting_key = true,
                None => {}
            },
            _ => {}
        }
        i += 1;
    }
    let mut path = String::new();
    for frame in &stack {
        match frame {
            Frame::Object(Some(key)) => {
                if !path.is_empty() {
                    path.push('.');
                }
                path.push_str(key);
            }
            Frame::Object(None) => {}
            Frame::Array(index) => path.push_str(&format!("[{index}]")),
        }
    }
    path
}

/// The byte offset of 1-based `line` and `column`, as serde_json reports them.
pub fn offset_of(text: &str, line: usize, column: usize) -> usize {
    let line_start: usize = text.split_inclusive('\n').take(line.saturating_sub(1)).map(str::len).sum();
    (line_start + column).min(text.len())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn path_of_error<T: serde::de::DeserializeOwned + std::fmt::Debug>(text: &str) -> String {
        let e = serde_json::from_str::<T>(text).unwrap_err();
        path_at(text, offset_of(text, e.line(), e.column()))
    }

    #[derive(serde::Deserialize, Debug)]
    #[allow(dead_code)]
    struct Rate {
        minutes: f64,
    }
    #[derive(serde::Deserialize, Debug)]
    #[allow(dead_code)]
    struct Student {
        label: String,
        services: Vec<Rate>,
    }
    #[derive(serde::Deserialize, Debug)]
    #[allow(dead_code)]
    struct Doc {
        students: Vec<Student>,
    }

    #[test]
    fn the_path_of_a_wrong_type() {
        let compact = r#"{"students":[{"label":"a","services":[]},{"label":"b,\"c\"","services":[{"minutes":1},{"minutes":"x"}]}]}"#;
        assert_eq!(path_of_error::<Doc>(compact), "students[1].services[1].minutes");
        let pretty =
            serde_json::to_string_pretty(&serde_json::from_str::<serde_json::Value>(compact).unwrap()).unwrap();
        assert_eq!(path_of_error::<Doc>(&pretty), "students[1].services[1].minutes");
        assert_eq!(path_of_error::<Doc>(r#"{"students":[{"label":3}]}"#), "students[0].label");
    }

    #[test]
    fn damaged_text_never_panics() {
        for text in ["", "\"", "{\"a", "]]]", "[{,\"é\":[", "{\"k\\"] {
            for offset in 0..=text.len() + 2 {
                let _ = path_at(text, offset);
            }
        }
        assert_eq!(offset_of("ab\ncd", 2, 1), 4);
        assert_eq!(offset_of("ab", 9, 9), 2);
    }
}
