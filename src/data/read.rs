//! Reading a brief from JSON text, by hand: one pass over the text that builds the model's
//! types and stops at the first place the file is not JSON or not a brief, with the path there
//! (`missions[1].head`) and serde's wording ("invalid type: integer `7`, expected a string").
//!
//! Why not serde's derived code and serde_json: in the browser they weighed some 70 KB of
//! WebAssembly, and still needed a second walk over the text to find a path. The model keeps
//! its serde derives for the schema and `new-brief`; a native test reads every case with both
//! and expects the same verdict (`tests::the_reader_agrees_with_serde`).

use crate::data::model::{
    Article, Attribution, Brief, DateLine, Draft, EditorNote, Event, EventKind, Mission,
    ObserverCount, Organisation, Paragraph, Person, Sourced, Speaker, Statement, StatementKind,
    ToConfirm,
};

/// Why a text could not be read as a brief.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ReadError {
    /// True when the text is not JSON at all; false when it is JSON without the brief's shape.
    pub syntax: bool,
    /// What is wrong, without the position.
    pub message: String,
    /// The byte offset in the text where it was found.
    pub offset: usize,
    /// The keys and indices from the top down to the value at fault, innermost first.
    reversed_path: Vec<Step>,
}

/// One step of a path: an object's key or an array's index.
#[derive(Clone, Debug, PartialEq, Eq)]
enum Step {
    Key(String),
    Index(usize),
}

impl ReadError {
    /// The path of the value at fault, such as `missions[1].head`; `(top level)` for the
    /// whole file.
    pub fn path(&self) -> String {
        let mut path = String::new();
        for step in self.reversed_path.iter().rev() {
            match step {
                Step::Key(key) => {
                    if !path.is_empty() {
                        path.push('.');
                    }
                    path.push_str(key);
                }
                Step::Index(index) => {
                    path.push('[');
                    path.push_str(&index.to_string());
                    path.push(']');
                }
            }
        }
        if path.is_empty() {
            "(top level)".into()
        } else {
            path
        }
    }

    /// The message with the line and column it was found at (1-based; the column counts
    /// characters), as serde_json words it: `… at line 3 column 14`.
    pub fn describe(&self, text: &str) -> String {
        let before = &text[..self.offset.min(text.len())];
        let line = before.matches('\n').count() + 1;
        let line_start = before.rfind('\n').map_or(0, |at| at + 1);
        let column = before[line_start..].chars().count() + 1;
        format!("{} at line {line} column {column}", self.message)
    }

    fn within(mut self, step: Step) -> Self {
        self.reversed_path.push(step);
        self
    }
}

/// Reads `text` as a brief: the JSON must be one object of the brief's shape, with nothing but
/// whitespace after it.
pub fn read_brief(text: &str) -> Result<Brief, ReadError> {
    let mut reader = Reader { text, at: 0 };
    let brief = Brief::read(&mut reader)?;
    reader.skip_whitespace();
    if reader.at < text.len() {
        return Err(reader.syntax("trailing characters"));
    }
    Ok(brief)
}

/// A position in the text being read.
struct Reader<'a> {
    text: &'a str,
    at: usize,
}

/// What the next value in the text is, read far enough to name it in an error.
enum Found {
    String(String),
    /// A number as written, and whether it has a fraction or an exponent.
    Number(String, bool),
    Bool(bool),
    Null,
    Sequence,
    Map,
}

impl<'a> Reader<'a> {
    fn peek(&self) -> Option<u8> {
        self.text.as_bytes().get(self.at).copied()
    }

    fn skip_whitespace(&mut self) -> Option<u8> {
        while let Some(b' ' | b'\t' | b'\n' | b'\r') = self.peek() {
            self.at += 1;
        }
        self.peek()
    }

    fn error(&self, syntax: bool, message: String, offset: usize) -> ReadError {
        ReadError {
            syntax,
            message,
            offset,
            reversed_path: Vec::new(),
        }
    }

    fn syntax(&self, message: &str) -> ReadError {
        self.error(true, message.into(), self.at)
    }

    fn shape(&self, message: String, offset: usize) -> ReadError {
        self.error(false, message, offset)
    }

    /// Consumes `expected` if it comes next (after whitespace); otherwise an error: `eof` at the
    /// end of the text, `other` before anything else.
    fn expect(&mut self, expected: u8, eof: &str, other: &str) -> Result<(), ReadError> {
        match self.skip_whitespace() {
            Some(byte) if byte == expected => {
                self.at += 1;
                Ok(())
            }
            Some(_) => Err(self.syntax(other)),
            None => Err(self.syntax(eof)),
        }
    }

    /// Reads a string whose opening quote is next.
    fn string(&mut self) -> Result<String, ReadError> {
        self.at += 1;
        let mut out = String::new();
        loop {
            let start = self.at;
            let rest = &self.text.as_bytes()[start..];
            let run = rest
                .iter()
                .position(|&b| b == b'"' || b == b'\\' || b < 0x20)
                .ok_or_else(|| {
                    self.error(true, "EOF while parsing a string".into(), self.text.len())
                })?;
            out.push_str(&self.text[start..start + run]);
            self.at = start + run;
            match rest[run] {
                b'"' => {
                    self.at += 1;
                    return Ok(out);
                }
                b'\\' => {
                    self.at += 1;
                    let escaped = match self.peek() {
                        Some(b'"') => '"',
                        Some(b'\\') => '\\',
                        Some(b'/') => '/',
                        Some(b'b') => '\u{8}',
                        Some(b'f') => '\u{c}',
                        Some(b'n') => '\n',
                        Some(b'r') => '\r',
                        Some(b't') => '\t',
                        Some(b'u') => {
                            self.at += 1;
                            out.push(self.unicode_escape()?);
                            continue;
                        }
                        Some(_) => return Err(self.syntax("invalid escape")),
                        None => return Err(self.syntax("EOF while parsing a string")),
                    };
                    self.at += 1;
                    out.push(escaped);
                }
                _ => {
                    return Err(self.syntax(
                        "control character (\\u0000-\\u001F) found while parsing a string",
                    ))
                }
            }
        }
    }

    /// The character of a `\uXXXX` escape whose `XXXX` is next, with the second half of a
    /// surrogate pair when the first needs one.
    fn unicode_escape(&mut self) -> Result<char, ReadError> {
        let first = self.hex4()?;
        let code = if (0xD800..0xDC00).contains(&first) {
            if !self.text[self.at..].starts_with("\\u") {
                return Err(self.syntax("unexpected end of hex escape"));
            }
            self.at += 2;
            let second = self.hex4()?;
            if !(0xDC00..0xE000).contains(&second) {
                return Err(self.syntax("lone leading surrogate in hex escape"));
            }
            0x10000 + ((first - 0xD800) << 10) + (second - 0xDC00)
        } else {
            first
        };
        // Only a lone trailing surrogate is left to refuse; serde_json words it so too.
        char::from_u32(code).ok_or_else(|| self.syntax("lone leading surrogate in hex escape"))
    }

    fn hex4(&mut self) -> Result<u32, ReadError> {
        let digits = self.text.get(self.at..self.at + 4);
        let value = digits
            .filter(|d| d.bytes().all(|b| b.is_ascii_hexdigit()))
            .and_then(|d| u32::from_str_radix(d, 16).ok());
        match value {
            Some(value) => {
                self.at += 4;
                Ok(value)
            }
            None if self.text.len() < self.at + 4 => Err(self.syntax("EOF while parsing a string")),
            None => Err(self.syntax("invalid escape")),
        }
    }

    /// Reads a number as written: `-`, digits, an optional fraction and exponent.
    fn number(&mut self) -> Result<Found, ReadError> {
        let start = self.at;
        let digits = |reader: &mut Self| {
            let from = reader.at;
            while reader.peek().is_some_and(|b| b.is_ascii_digit()) {
                reader.at += 1;
            }
            reader.at > from
        };
        if self.peek() == Some(b'-') {
            self.at += 1;
        }
        // One leading zero at most, as JSON has it: `01` is not a number.
        let mut valid = if self.peek() == Some(b'0') {
            self.at += 1;
            !self.peek().is_some_and(|b| b.is_ascii_digit())
        } else {
            digits(self)
        };
        let mut fractional = false;
        if valid && self.peek() == Some(b'.') {
            self.at += 1;
            fractional = true;
            valid = digits(self);
        }
        if valid && matches!(self.peek(), Some(b'e' | b'E')) {
            self.at += 1;
            if matches!(self.peek(), Some(b'+' | b'-')) {
                self.at += 1;
            }
            fractional = true;
            valid = digits(self);
        }
        if valid {
            Ok(Found::Number(self.text[start..self.at].into(), fractional))
        } else if self.at == self.text.len() {
            Err(self.syntax("EOF while parsing a value"))
        } else {
            Err(self.syntax("invalid number"))
        }
    }

    /// Reads `word` (`true`, `false` or `null`) whose first letter is next.
    fn literal(&mut self, word: &str) -> Result<(), ReadError> {
        for expected in word.bytes() {
            match self.peek() {
                Some(byte) if byte == expected => self.at += 1,
                Some(_) => return Err(self.syntax("expected ident")),
                None => return Err(self.syntax("EOF while parsing a value")),
            }
        }
        Ok(())
    }

    /// Reads the next value far enough to say what it is; a sequence or a map is not read.
    fn found(&mut self) -> Result<Found, ReadError> {
        match self.skip_whitespace() {
            Some(b'"') => self.string().map(Found::String),
            Some(b'-' | b'0'..=b'9') => self.number(),
            Some(b't') => self.literal("true").map(|()| Found::Bool(true)),
            Some(b'f') => self.literal("false").map(|()| Found::Bool(false)),
            Some(b'n') => self.literal("null").map(|()| Found::Null),
            Some(b'[') => Ok(Found::Sequence),
            Some(b'{') => Ok(Found::Map),
            Some(_) => Err(self.syntax("expected value")),
            None => Err(self.syntax("EOF while parsing a value")),
        }
    }

    /// The error for a value that is not `expected`, named as serde names it.
    fn invalid_type(&mut self, expected: &str) -> ReadError {
        let start = self.at;
        let found = match self.found() {
            Ok(found) => found,
            Err(error) => return error,
        };
        let what = match found {
            Found::String(s) => format!("string {s:?}"),
            Found::Number(n, true) => format!("floating point `{n}`"),
            Found::Number(n, false) => format!("integer `{n}`"),
            Found::Bool(b) => format!("boolean `{b}`"),
            Found::Null => "null".into(),
            Found::Sequence => "sequence".into(),
            Found::Map => "map".into(),
        };
        self.shape(format!("invalid type: {what}, expected {expected}"), start)
    }

    /// Reads an object whose keys must be among `fields`, each at most once, handing each
    /// value to `field` with the key's index. Returns the offset of the closing brace.
    fn object(
        &mut self,
        name: &str,
        fields: &[&str],
        field: &mut dyn FnMut(&mut Self, usize) -> Result<(), ReadError>,
    ) -> Result<usize, ReadError> {
        if self.skip_whitespace() != Some(b'{') {
            return Err(self.invalid_type(&format!("struct {name}")));
        }
        self.at += 1;
        let mut seen = 0u64;
        if self.skip_whitespace() == Some(b'}') {
            self.at += 1;
            return Ok(self.at - 1);
        }
        loop {
            self.key_next()?;
            let key_at = self.at;
            let key = self.string()?;
            let Some(index) = fields.iter().position(|f| *f == key) else {
                let message = format!("unknown field `{key}`, expected {}", one_of(fields));
                return Err(self.shape(message, key_at).within(Step::Key(key)));
            };
            if seen & (1 << index) != 0 {
                return Err(self.shape(format!("duplicate field `{key}`"), key_at));
            }
            seen |= 1 << index;
            self.expect(b':', "EOF while parsing an object", "expected `:`")?;
            field(self, index).map_err(|e| e.within(Step::Key(key)))?;
            if self.after_item(b'}', "expected `,` or `}`", "EOF while parsing an object")? {
                return Ok(self.at - 1);
            }
        }
    }

    /// Ensures that an object's key (a string) comes next, after whitespace.
    fn key_next(&mut self) -> Result<(), ReadError> {
        match self.skip_whitespace() {
            Some(b'"') => Ok(()),
            Some(_) => Err(self.syntax("key must be a string")),
            None => Err(self.syntax("EOF while parsing an object")),
        }
    }

    /// Reads a string naming one of `variants` (serde's form of an enum without data), and
    /// returns its index.
    fn variant(&mut self, name: &str, variants: &[&str]) -> Result<usize, ReadError> {
        if self.skip_whitespace() != Some(b'"') {
            return Err(self.invalid_type(&format!("enum {name}")));
        }
        let start = self.at;
        let value = self.string()?;
        variants
            .iter()
            .position(|v| *v == value)
            .ok_or_else(|| self.shape(unknown_variant(&value, variants), start))
    }

    /// Reads an array, handing each element to `item` in turn; the path of an error inside an
    /// element gets its index. (One loop for every list type, not one per type: smaller wasm.)
    fn list(
        &mut self,
        item: &mut dyn FnMut(&mut Self) -> Result<(), ReadError>,
    ) -> Result<(), ReadError> {
        if self.skip_whitespace() != Some(b'[') {
            return Err(self.invalid_type("a sequence"));
        }
        self.at += 1;
        if self.skip_whitespace() == Some(b']') {
            self.at += 1;
            return Ok(());
        }
        let mut index = 0;
        loop {
            item(self).map_err(|e| e.within(Step::Index(index)))?;
            index += 1;
            if self.after_item(b']', "expected `,` or `]`", "EOF while parsing a list")? {
                return Ok(());
            }
        }
    }

    /// What follows an object's entry or an array's element: a comma and another (false), or
    /// `close`, consumed (true); anything else is the error `other`, or `eof` at the end.
    fn after_item(&mut self, close: u8, other: &str, eof: &str) -> Result<bool, ReadError> {
        match self.skip_whitespace() {
            Some(b',') => {
                self.at += 1;
                if self.skip_whitespace() == Some(close) {
                    return Err(self.syntax("trailing comma"));
                }
                Ok(false)
            }
            Some(byte) if byte == close => {
                self.at += 1;
                Ok(true)
            }
            Some(_) => Err(self.syntax(other)),
            None => Err(self.syntax(eof)),
        }
    }

    fn missing(&self, field: &str, offset: usize) -> ReadError {
        self.shape(format!("missing field `{field}`"), offset)
    }
}

/// serde's list of what was expected: "`a`", "`a` or `b`", "one of `a`, `b`, `c`".
fn one_of(names: &[&str]) -> String {
    let quoted: Vec<String> = names.iter().map(|n| format!("`{n}`")).collect();
    match quoted.as_slice() {
        [] => "nothing".into(),
        [one] => one.clone(),
        [a, b] => format!("{a} or {b}"),
        all => format!("one of {}", all.join(", ")),
    }
}

fn unknown_variant(value: &str, variants: &[&str]) -> String {
    format!("unknown variant `{value}`, expected {}", one_of(variants))
}

/// A type the reader builds from a JSON value.
trait Read: Sized {
    /// Reads one value of this type, whitespace before it included.
    fn read(reader: &mut Reader) -> Result<Self, ReadError>;

    /// The value of a field of this type that the object leaves out, if it may: `None` for
    /// an `Option`; otherwise the field is required.
    fn when_missing() -> Option<Self> {
        None
    }
}

impl Read for String {
    fn read(reader: &mut Reader) -> Result<Self, ReadError> {
        if reader.skip_whitespace() == Some(b'"') {
            reader.string()
        } else {
            Err(reader.invalid_type("a string"))
        }
    }
}

impl Read for u32 {
    fn read(reader: &mut Reader) -> Result<Self, ReadError> {
        if !matches!(reader.skip_whitespace(), Some(b'-' | b'0'..=b'9')) {
            return Err(reader.invalid_type("u32"));
        }
        let start = reader.at;
        match reader.number()? {
            Found::Number(n, false) => n.parse().map_err(|_| {
                reader.shape(format!("invalid value: integer `{n}`, expected u32"), start)
            }),
            _ => {
                reader.at = start;
                Err(reader.invalid_type("u32"))
            }
        }
    }
}

impl<T: Read> Read for Option<T> {
    fn read(reader: &mut Reader) -> Result<Self, ReadError> {
        if reader.skip_whitespace() == Some(b'n') {
            reader.literal("null")?;
            Ok(None)
        } else {
            T::read(reader).map(Some)
        }
    }

    fn when_missing() -> Option<Self> {
        Some(None)
    }
}

impl<T: Read> Read for Vec<T> {
    fn read(reader: &mut Reader) -> Result<Self, ReadError> {
        let mut items = Vec::new();
        reader.list(&mut |reader| {
            items.push(T::read(reader)?);
            Ok(())
        })?;
        Ok(items)
    }
}

/// A field's key: its name, unless the file spells it otherwise.
macro_rules! key {
    ($field:ident) => {
        stringify!($field)
    };
    ($field:ident $key:literal) => {
        $key
    };
}

/// `Read` for a struct whose fields are all listed, in the model's order; `= "key"` gives a key
/// spelt unlike the field, `or default` lets the file leave out a field that is not an `Option`.
macro_rules! read_struct {
    ($name:ident { $($field:ident $(= $key:literal)? $(or $default:ident)?),+ $(,)? }) => {
        impl Read for $name {
            fn read(reader: &mut Reader) -> Result<Self, ReadError> {
                $(let mut $field = None;)+
                let end = reader.object(
                    stringify!($name),
                    &[$(key!($field $($key)?)),+],
                    &mut |reader, index| {
                        let mut n = 0;
                        $(
                            if index == n {
                                $field = Some(Read::read(reader)?);
                                return Ok(());
                            }
                            n += 1;
                        )+
                        let _ = n;
                        Ok(())
                    },
                )?;
                Ok($name {
                    $($field: match $field.or_else(|| read_struct!(@missing $($default)?)) {
                        Some(value) => value,
                        None => return Err(reader.missing(key!($field $($key)?), end)),
                    },)+
                })
            }
        }
    };
    (@missing) => { Read::when_missing() };
    (@missing $default:ident) => { Some(Default::default()) };
}

read_struct!(Brief { schema = "$schema", article, people, missions, statements, events, editor_notes, draft });
read_struct!(Article {
    headline,
    breadcrumb,
    date_line,
    outlet,
    attribution,
    byline,
    paragraphs
});
read_struct!(DateLine { text, date, time });
read_struct!(Attribution {
    text,
    source_name,
    paragraph
});
read_struct!(Paragraph { id, text });
read_struct!(Sourced {
    text,
    paragraph,
    statement
});
read_struct!(Person { id, name, role });
read_struct!(Mission {
    id,
    name,
    organisation,
    head,
    observers,
    principles,
    methods,
    also_stated
});
read_struct!(Organisation {
    name,
    abbreviation,
    paragraph
});
read_struct!(ObserverCount {
    total,
    long_term,
    text,
    paragraph,
    statement
});
read_struct!(Statement { id, speaker, speaker_as_printed, date, kind, text, paragraph, notes or default });
read_struct!(Event { id, kind, label, date, printed_date, place, participants, topics, notes or default });
read_struct!(EditorNote {
    id,
    text,
    paragraphs
});
read_struct!(Draft {
    to_confirm,
    left_out,
    candidate_facts
});
read_struct!(ToConfirm { path, why });

impl Read for StatementKind {
    fn read(reader: &mut Reader) -> Result<Self, ReadError> {
        let kinds = [Self::DirectQuote, Self::ReportedSpeech];
        let index = reader.variant("StatementKind", &["direct_quote", "reported_speech"])?;
        Ok(kinds[index])
    }
}

impl Read for EventKind {
    fn read(reader: &mut Reader) -> Result<Self, ReadError> {
        let kinds = [Self::Meeting, Self::ElectionDay, Self::PageDate];
        let index = reader.variant("EventKind", &["meeting", "election_day", "page_date"])?;
        Ok(kinds[index])
    }
}

/// The speaker's forms: `"both_parties"`, `"report"`, `"not_reported"`, or
/// `{"person": "<id>"}`.
impl Read for Speaker {
    fn read(reader: &mut Reader) -> Result<Self, ReadError> {
        const VARIANTS: [&str; 4] = ["person", "both_parties", "report", "not_reported"];
        match reader.skip_whitespace() {
            Some(b'"') => {
                let start = reader.at;
                match reader.variant("Speaker", &VARIANTS)? {
                    0 => Err(reader
                        .shape(
                            "invalid type: unit variant, expected newtype variant".into(),
                            start,
                        )
                        .within(Step::Key(VARIANTS[0].into()))),
                    1 => Ok(Self::BothParties),
                    2 => Ok(Self::Report),
                    _ => Ok(Self::NotReported),
                }
            }
            Some(b'{') => {
                let start = reader.at;
                reader.at += 1;
                if reader.skip_whitespace() == Some(b'}') {
                    let message = "invalid length 0, expected a map with one entry";
                    return Err(reader.shape(message.into(), start));
                }
                reader.key_next()?;
                let start = reader.at;
                let key = reader.string()?;
                match VARIANTS.iter().position(|v| *v == key) {
                    None => return Err(reader.shape(unknown_variant(&key, &VARIANTS), start)),
                    Some(0) => {}
                    Some(_) => {
                        return Err(reader.shape(
                            "invalid type: newtype variant, expected unit variant".into(),
                            start,
                        ))
                    }
                }
                reader.expect(b':', "EOF while parsing an object", "expected `:`")?;
                let person = String::read(reader).map_err(|e| e.within(Step::Key(key)))?;
                reader.expect(
                    b'}',
                    "EOF while parsing an object",
                    "expected `}`: a speaker written as an object has one entry",
                )?;
                Ok(Self::Person(person))
            }
            _ => Err(reader.invalid_type("enum Speaker")),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::{Map, Value};

    const BUNDLED: &str = include_str!("../../data/brief.json");

    /// What reading a text gives: the brief, or the error's kind, path and message without its
    /// position.
    #[derive(Debug, PartialEq)]
    enum Verdict {
        Read(Box<Brief>),
        Syntax(String),
        Shape(String, String),
    }

    fn ours(text: &str) -> Verdict {
        match read_brief(text) {
            Ok(brief) => Verdict::Read(Box::new(brief)),
            Err(e) if e.syntax => Verdict::Syntax(e.message),
            Err(e) => Verdict::Shape(e.path(), e.message),
        }
    }

    /// serde's derived reader with a path-tracking deserializer: the verdict to agree with.
    fn serdes(text: &str) -> Verdict {
        let mut de = serde_json::Deserializer::from_str(text);
        let result: Result<Brief, _> = serde_path_to_error::deserialize(&mut de);
        let without_position =
            |message: String| message[..message.rfind(" at line ").unwrap()].to_string();
        if let (Ok(_), Err(trailing)) = (&result, de.end()) {
            return Verdict::Syntax(without_position(trailing.to_string()));
        }
        match result {
            Ok(brief) => Verdict::Read(Box::new(brief)),
            Err(error) => {
                let message = without_position(error.inner().to_string());
                let path = error.path().to_string();
                let path = if path == "." {
                    "(top level)".into()
                } else {
                    path
                };
                if error.inner().is_data() {
                    Verdict::Shape(path, message)
                } else {
                    Verdict::Syntax(message)
                }
            }
        }
    }

    /// Every value of the bundled brief changed in turn: left out, its key misspelt, or
    /// replaced by a value of each JSON type.
    fn variations() -> Vec<String> {
        let bundled: Value = serde_json::from_str(BUNDLED).unwrap();
        let mut texts = Vec::new();
        /// The JSON pointer of every object member, depth first.
        fn walk(value: &Value, pointer: String, out: &mut Vec<String>) {
            match value {
                Value::Object(map) => {
                    for (key, v) in map {
                        let p = format!("{pointer}/{}", key.replace('~', "~0").replace('/', "~1"));
                        out.push(p.clone());
                        walk(v, p, out);
                    }
                }
                Value::Array(items) => {
                    for (i, v) in items.iter().enumerate() {
                        walk(v, format!("{pointer}/{i}"), out);
                    }
                }
                _ => {}
            }
        }
        let mut places = Vec::new();
        walk(&bundled, String::new(), &mut places);
        /// The members of the object at `parent` in `value`.
        fn members<'v>(value: &'v mut Value, parent: &str) -> &'v mut Map<String, Value> {
            value.pointer_mut(parent).unwrap().as_object_mut().unwrap()
        }
        for pointer in places {
            let (parent, key) = pointer.rsplit_once('/').unwrap();
            let mut removed = bundled.clone();
            let value = members(&mut removed, parent).remove(key).unwrap();
            texts.push(serde_json::to_string_pretty(&removed).unwrap());
            let mut renamed = removed.clone();
            members(&mut renamed, parent).insert(format!("{key}x"), value);
            texts.push(serde_json::to_string(&renamed).unwrap());
            for replacement in [
                "7",
                "-1",
                "1.5",
                "\"x\"",
                "null",
                "true",
                "[]",
                "{}",
                "[7]",
                "{\"x\": 1}",
            ] {
                let mut changed = bundled.clone();
                *changed.pointer_mut(&pointer).unwrap() =
                    serde_json::from_str(replacement).unwrap();
                texts.push(serde_json::to_string(&changed).unwrap());
            }
        }
        texts
    }

    /// The corpus of hostile files, and hand-made damage to the bundled brief.
    fn damaged() -> Vec<String> {
        let mut texts: Vec<String> = std::fs::read_dir("tests/corpus")
            .unwrap()
            .map(|e| std::fs::read_to_string(e.unwrap().path()).unwrap())
            .collect();
        let swaps = [
            ("\"byline\": \"Jeffrey Roundtree\",", ""),
            ("\"outlet\"", "\"outlett\": \"x\", \"outlet\""),
            ("\"outlet\"", "\"outlet\": \"x\", \"outlet\""),
            ("\"total\": 133", "\"total\": 5000000000"),
            ("\"total\": 133", "\"total\": 01"),
            ("\"total\": 133", "\"total\": 1."),
            ("\"total\": 133", "\"total\": 0"),
            ("\"total\": 133", "\"total\": 1E+2"),
            ("\"total\": 133", "\"total\": 1e-2"),
            ("\"kind\": \"direct_quote\"", "\"kind\": \"quote\""),
            (
                "\"speaker\": \"report\"",
                "\"speaker\": {\"persona\": \"x\"}",
            ),
            ("\"speaker\": \"report\"", "\"speaker\": \"person\""),
            (
                "\"speaker\": \"report\"",
                "\"speaker\": {\"person\": \"anfimov\", \"x\": 1}",
            ),
            ("\"speaker\": \"report\"", "\"speaker\": {7: \"anfimov\"}"),
            ("\"participants\": [", "\"participants\": [1, "),
            ("\"participants\": [", "\"participants\": [\"a\",]"),
            (
                "\"paragraphs\": [\n        \"p1\",",
                "\"paragraphs\": [\n        \"p1\", {},",
            ),
            (
                "\"head\": \"niyazaliyev\"",
                "\"head\": \"niyaz\\u0061liyev\"",
            ),
            ("\"head\": \"niyazaliyev\"", "\"head\": \"\\ud83d\\ude00\""),
            ("\"head\": \"niyazaliyev\"", "\"head\": \"\\ud83d x\""),
            ("\"head\": \"niyazaliyev\"", "\"head\": \"\\ud83d\\u0041\""),
            ("\"head\": \"niyazaliyev\"", "\"head\": \"\\udc00\""),
            ("\"head\": \"niyazaliyev\"", "\"head\": \"\\u00\""),
            ("\"head\": \"niyazaliyev\"", "\"head\": \"a\\qb\""),
            ("\"head\": \"niyazaliyev\"", "\"head\": \"a\tb\""),
            ("\"head\": \"niyazaliyev\"", "\"head\": tru"),
            ("\"head\": \"niyazaliyev\"", "\"head\": }"),
            ("\"head\": \"niyazaliyev\"", "\"head\" \"niyazaliyev\""),
            ("\"head\": \"niyazaliyev\"", "head: \"niyazaliyev\""),
            (
                "\"head\": \"niyazaliyev\",",
                "\"head\": \"niyazaliyev\" \"x\"",
            ),
            ("\"people\": [", "\"people\": [[] "),
            ("\"date\": null", "\"date\": [\"2024\"]"),
            ("{\n  \"article\"", "[{\n  \"article\""),
        ];
        for (from, to) in swaps {
            assert!(BUNDLED.contains(from), "{from}");
            texts.push(BUNDLED.replacen(from, to, 1));
        }
        texts.push(format!("{BUNDLED} {{}}"));
        // A `\u` escape cut off by the end of the file, and one that fills it with non-digits.
        texts.push("{\"article\": \"\\u00".into());
        texts.push("{\"article\": \"\\u00zz".into());
        texts.push(String::new());
        for cut in [1, 2, 100, BUNDLED.len() / 2, BUNDLED.len() - 2] {
            texts.push(BUNDLED[..BUNDLED.floor_char_boundary(cut)].into());
        }
        texts
    }

    /// Where the reader deliberately differs from serde's, and why; true when `ours` and
    /// `serde` differ only so.
    fn deliberate(ours: &Verdict, serde: &Verdict) -> bool {
        match (ours, serde) {
            // serde reads a struct from a sequence, field by field in order; a brief's records
            // are objects, and the reader says so.
            (Verdict::Shape(path, message), Verdict::Shape(serde_path, _))
                if message.starts_with("invalid type: sequence, expected struct ") =>
            {
                let path = if path == "(top level)" { "" } else { path };
                serde_path.starts_with(&format!("{path}[")) || serde_path == path
            }
            // serde_json calls anything but a string "expected value" where an enum without
            // data belongs, and takes `{"x": …}` for a variant named `x`; the reader names the
            // type it found.
            (Verdict::Shape(path, message), Verdict::Syntax(serde_message))
                if message.contains(", expected enum ") || path.ends_with(".speaker") =>
            {
                serde_message == "expected value"
            }
            // … and it says no more than "expected value" after a speaker's one entry.
            (Verdict::Syntax(message), Verdict::Syntax(serde_message))
                if message.starts_with("expected `}`: a speaker") =>
            {
                serde_message == "expected value"
            }
            (Verdict::Shape(_, message), Verdict::Shape(_, serde_message))
                if message.starts_with("invalid type: map, expected enum ") =>
            {
                serde_message.starts_with("unknown variant `x`")
            }
            // serde prints a number with a fraction or exponent as the f64 it parsed (`1000.0`);
            // the reader prints it as written (`1e3`).
            (Verdict::Shape(path, message), Verdict::Shape(serde_path, serde_message)) => {
                path == serde_path
                    && message.starts_with("invalid type: floating point")
                    && serde_message.starts_with("invalid type: floating point")
            }
            _ => false,
        }
    }

    #[test]
    fn the_reader_agrees_with_serde() {
        let mut disagreements = Vec::new();
        let cases = [variations(), damaged()].concat();
        for text in &cases {
            let (a, b) = (ours(text), serdes(text));
            if a != b && !deliberate(&a, &b) {
                disagreements.push(format!("ours: {a:?}\nserde: {b:?}"));
            }
        }
        disagreements.sort();
        disagreements.dedup();
        assert!(
            disagreements.is_empty(),
            "{} cases, {} disagreements:\n{}",
            cases.len(),
            disagreements.len(),
            disagreements.join("\n\n")
        );
    }

    #[test]
    fn an_error_gives_its_line_and_column_in_characters() {
        let text = "{\n  \"article\": \"é\", \"people\": 7\n}";
        let error = read_brief(text).unwrap_err();
        assert_eq!(error.path(), "article");
        assert_eq!(
            error.describe(text),
            "invalid type: string \"é\", expected struct Article at line 2 column 14"
        );
        let after_accents = "{\"$schema\": \"ééé\", \"article\": 7}";
        assert_eq!(
            read_brief(after_accents)
                .unwrap_err()
                .describe(after_accents),
            "invalid type: integer `7`, expected struct Article at line 1 column 31"
        );
        let missing = "{\"article\": {}}";
        assert_eq!(
            read_brief(missing).unwrap_err().describe(missing),
            "missing field `headline` at line 1 column 14"
        );
        let missing_after_one = "{\"article\": {\"headline\": \"x\"}}";
        assert_eq!(
            read_brief(missing_after_one)
                .unwrap_err()
                .describe(missing_after_one),
            "missing field `breadcrumb` at line 1 column 29",
            "a missing field is reported at the brace that closes its object"
        );
    }

    #[test]
    fn a_number_with_an_exponent_is_named_as_written() {
        let text = BUNDLED.replacen("\"long_term\": 10", "\"long_term\": 1e3", 1);
        let error = read_brief(&text).unwrap_err();
        assert_eq!(error.path(), "missions[0].observers.long_term");
        assert_eq!(
            error.message,
            "invalid type: floating point `1e3`, expected u32"
        );
    }
}
