package ingest

import (
	"strings"
	"unicode/utf8"

	"github.com/verbatim-rag/verbatim/corpus"
)

// codeExtensions are the source-code and configuration extensions read
// verbatim as Code.
var codeExtensions = []string{
	".go", ".py", ".pyi", ".js", ".mjs", ".cjs", ".jsx", ".ts", ".tsx", ".java", ".kt", ".kts",
	".scala", ".groovy", ".gradle", ".c", ".h", ".cc", ".cpp", ".cxx", ".hpp", ".hh", ".cs",
	".rs", ".rb", ".php", ".pl", ".pm", ".swift", ".m", ".mm", ".dart", ".zig", ".nim",
	".lua", ".r", ".jl", ".hs", ".ml", ".mli", ".ex", ".exs", ".erl", ".clj", ".el", ".lisp",
	".sh", ".bash", ".zsh", ".fish", ".ps1", ".bat", ".sql", ".proto", ".graphql", ".tf",
	".yaml", ".yml", ".json", ".toml", ".ini", ".cfg", ".conf", ".xml", ".css", ".scss",
	".vue", ".svelte", ".mk", ".cmake", ".dockerfile", ".tex", ".vim",
}

// binarySniffLen is how much of a file is searched for NUL bytes.
const binarySniffLen = 8000

// checkText rejects data that is binary (a NUL byte in its first 8000
// bytes, as git decides) or not valid UTF-8, with a NotTextError.
func checkText(path string, data []byte) error {
	if nt := notText(path, data, false); nt != nil {
		return nt
	}
	return nil
}

// invalidUTF8At returns the offset of the first invalid UTF-8 byte, or -1.
func invalidUTF8At(data []byte) int {
	if utf8.Valid(data) {
		return -1
	}
	for i := 0; i < len(data); {
		r, n := utf8.DecodeRune(data[i:])
		if r == utf8.RuneError && n <= 1 {
			return i
		}
		i += n
	}
	return -1
}

// verbatim is the extraction of a text-like file: its own bytes.
func verbatim(data []byte) corpus.Extraction {
	return corpus.Extraction{Text: string(data), Map: corpus.IdentityMap(len(data))}
}

// textExtractor reads plain text; the title is its first line when short.
type textExtractor struct{}

func (textExtractor) Format() corpus.Format { return corpus.Text }

func (textExtractor) Extract(path string, data []byte) (corpus.Extraction, error) {
	if err := checkText(path, data); err != nil {
		return corpus.Extraction{}, err
	}
	ex := verbatim(data)
	ex.Title = firstLineTitle(ex.Text)
	return ex, nil
}

// maxTitleLen is the longest first line taken as a plain-text title.
const maxTitleLen = 100

// firstLineTitle returns the first non-blank line when it is short and
// stands alone (followed by a blank line or the end), as titles do.
func firstLineTitle(text string) string {
	text = strings.TrimLeft(text, " \t\r\n\ufeff")
	line, rest, _ := strings.Cut(text, "\n")
	line = strings.TrimSpace(line)
	if len(line) == 0 || len(line) > maxTitleLen {
		return ""
	}
	next, _, _ := strings.Cut(rest, "\n")
	if strings.TrimSpace(next) != "" && !isUnderline(strings.TrimSpace(next)) {
		return ""
	}
	return line
}

// codeExtractor reads source code and configuration files verbatim.
type codeExtractor struct{}

func (codeExtractor) Format() corpus.Format { return corpus.Code }

func (codeExtractor) Extract(path string, data []byte) (corpus.Extraction, error) {
	if err := checkText(path, data); err != nil {
		return corpus.Extraction{}, err
	}
	return verbatim(data), nil
}
