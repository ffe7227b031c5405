package corpus

import (
	"encoding/json"
	"fmt"
	"strconv"
	"strings"
	"unicode/utf8"
)

// JSON carries text as UTF-8 only: encoding/json writes each byte of a
// path that is not valid UTF-8 as U+FFFD, so a file named with Latin-1
// bytes ("caf\xe9.txt") came back as "caf\ufffd.txt", which names no file.
// Paths in JSON are therefore escaped: each byte that is not part of valid
// UTF-8 is written \xNN (two lower-case hex digits) and each backslash \\,
// so every path has one escaped form and back. A path that is valid UTF-8
// and holds no backslash, the usual kind, is written as it is.

// EscapePath returns p as JSON output carries it (see above).
func EscapePath(p string) string {
	if utf8.ValidString(p) && !strings.Contains(p, `\`) {
		return p
	}
	var b strings.Builder
	for i := 0; i < len(p); {
		r, n := utf8.DecodeRuneInString(p[i:])
		switch {
		case r == utf8.RuneError && n == 1:
			fmt.Fprintf(&b, `\x%02x`, p[i])
		case r == '\\':
			b.WriteString(`\\`)
		default:
			b.WriteString(p[i : i+n])
		}
		i += n
	}
	return b.String()
}

// UnescapePath reverses EscapePath. A backslash that does not start \\ or
// \xNN is an error.
func UnescapePath(s string) (string, error) {
	i := strings.IndexByte(s, '\\')
	if i < 0 {
		return s, nil
	}
	var b strings.Builder
	b.WriteString(s[:i])
	for ; i < len(s); i++ {
		if s[i] != '\\' {
			b.WriteByte(s[i])
			continue
		}
		switch {
		case strings.HasPrefix(s[i:], `\\`):
			b.WriteByte('\\')
			i++
		case strings.HasPrefix(s[i:], `\x`) && i+4 <= len(s):
			v, err := strconv.ParseUint(s[i+2:i+4], 16, 8)
			if err != nil {
				return "", fmt.Errorf("corpus: path %q: bad escape %q at byte %d (want \\xNN)", Clip(s, 200), s[i:i+4], i)
			}
			b.WriteByte(byte(v))
			i += 3
		default:
			return "", fmt.Errorf("corpus: path %q: lone backslash at byte %d (a backslash is written \\\\, a byte that is not UTF-8 \\xNN)", Clip(s, 200), i)
		}
	}
	return b.String(), nil
}

// marshalPaths writes v (a pointer to a struct type without methods)
// with the paths it points into escaped (EscapePath).
func marshalPaths(v any, paths ...*string) ([]byte, error) {
	for _, p := range paths {
		*p = EscapePath(*p)
	}
	return json.Marshal(v)
}

// unmarshalPaths reads v as marshalPaths wrote it, paths unescaped.
func unmarshalPaths(b []byte, v any, paths ...*string) error {
	if err := json.Unmarshal(b, v); err != nil {
		return err
	}
	for _, p := range paths {
		var err error
		if *p, err = UnescapePath(*p); err != nil {
			return err
		}
	}
	return nil
}

// MarshalJSON writes the span with its path escaped (EscapePath).
func (s Span) MarshalJSON() ([]byte, error) {
	type plain Span
	p := plain(s)
	return marshalPaths(&p, &p.Path)
}

// UnmarshalJSON reads a span written by MarshalJSON.
func (s *Span) UnmarshalJSON(b []byte) error {
	type plain Span
	var p plain
	if err := unmarshalPaths(b, &p, &p.Path); err != nil {
		return err
	}
	*s = Span(p)
	return nil
}

// MarshalJSON writes the passage with its path escaped (EscapePath).
func (p Passage) MarshalJSON() ([]byte, error) {
	type plain Passage
	q := plain(p)
	return marshalPaths(&q, &q.Path)
}

// UnmarshalJSON reads a passage written by MarshalJSON.
func (p *Passage) UnmarshalJSON(b []byte) error {
	type plain Passage
	var q plain
	if err := unmarshalPaths(b, &q, &q.Path); err != nil {
		return err
	}
	*p = Passage(q)
	return nil
}

// MarshalJSON writes the document with its path and root escaped
// (EscapePath).
func (d Document) MarshalJSON() ([]byte, error) {
	type plain Document
	q := plain(d)
	return marshalPaths(&q, &q.Path, &q.Root)
}

// UnmarshalJSON reads a document written by MarshalJSON.
func (d *Document) UnmarshalJSON(b []byte) error {
	type plain Document
	var q plain
	if err := unmarshalPaths(b, &q, &q.Path, &q.Root); err != nil {
		return err
	}
	*d = Document(q)
	return nil
}
