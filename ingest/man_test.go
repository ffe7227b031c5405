package ingest

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/verbatim-rag/verbatim/corpus"
)

// TestExtractManPage: a page written as Debian ships one (a pod2man-style
// preamble before .TH, options as .TP entries, a no-fill example, a link).
func TestExtractManPage(t *testing.T) {
	data, err := os.ReadFile("testdata/man/tidewatch.1")
	require.NoError(t, err)
	format, ex, err := Extract("tidewatch.1", data)
	require.NoError(t, err)
	assert.Equal(t, corpus.Man, format)
	manMapInvariants(t, data, ex)
	assert.Equal(t, "tidewatch - report the tides of a harbour gauge", ex.Title, "the NAME section's line")
	assert.Equal(t, "NAME\n\ntidewatch - report the tides of a harbour gauge\n\n"+
		"SYNOPSIS\n\ntidewatch [OPTION]... GAUGE [DATE]\n\n"+
		"DESCRIPTION\n\ntidewatch reads the readings of the gauge named GAUGE and prints the high and low waters of DATE, "+
		"today by default. The “datum” is the gauge's zero — chart datum.\n\n"+
		"Readings are taken every six minutes.\n\n"+
		"OPTIONS\n\n-i, --ignore-case\nMatch GAUGE ignoring case.\n\n"+
		"-u, --units=UNIT\nPrint heights in UNIT (m or ft).\n\n"+
		"Exit status\n\n• 0 if the gauge answered,\n\n• 2 if not.\n\n"+
		"EXAMPLES\n\n  tidewatch -u ft \"Kelvisk Bridge\"\n  tidewatch --ignore-case velmora\n\n"+
		"See the gauge list.\n\n"+
		"SEE ALSO\n\ntidecheck(1), gauges(5)", ex.Text)
	assert.Equal(t, []string{"#NAME", "#SYNOPSIS", "#DESCRIPTION", "#OPTIONS", "##Exit status", "#EXAMPLES", "#SEE ALSO"}, sectionTitles(ex))
	for _, s := range ex.Sections {
		assert.True(t, strings.HasPrefix(ex.Text[s.Start:], s.Title), "section %q starts at its text", s.Title)
	}

	// A citation of an option's description points at its lines, markup
	// and all.
	i := strings.Index(ex.Text, "-u, --units")
	sp := ex.Map.Locate(ex.Text, i, i+len("-u, --units=UNIT\nPrint heights in"))
	assert.Equal(t, `\-u\fR, \fB\-\-units\fR=\fIUNIT\fR`+"\nPrint heights in", string(data[sp.SrcStart:sp.SrcEnd]))
	assert.Equal(t, 32, sp.LineStart)
	assert.Equal(t, 33, sp.LineEnd)
	// A character an escape stands for maps to the escape.
	i = strings.Index(ex.Text, "—")
	sp = ex.Map.Locate(ex.Text, i, i+len("—"))
	assert.Equal(t, `\(em`, string(data[sp.SrcStart:sp.SrcEnd]))
}

// manMapInvariants checks extractionInvariants and that segments cover
// source ranges inside the file, in the file's order.
func manMapInvariants(t testing.TB, data []byte, ex corpus.Extraction) {
	t.Helper()
	extractionInvariants(t, data, ex)
	var prev int64
	for i, s := range ex.Map {
		require.True(t, s.SrcStart >= prev && s.SrcStart < s.SrcEnd && s.SrcEnd <= int64(len(data)), "segment %d %+v after %d of %d", i, s, prev, len(data))
		require.True(t, s.Line >= 1 && s.EndLine >= s.Line, "segment %d %+v", i, s)
		require.NotEqual(t, s.Start, s.End, "segment %d is empty", i)
		prev = s.SrcEnd
	}
}

// manText is a manual page's source and the text extracted from it.
type manText struct{ name, src, want string }

func checkManTexts(t *testing.T, tests []manText) {
	t.Helper()
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ex, err := manExtractor{}.Extract("t.1", []byte(tt.src))
			require.NoError(t, err)
			manMapInvariants(t, []byte(tt.src), ex)
			assert.Equal(t, tt.want, ex.Text)
		})
	}
}

func TestExtractManRequests(t *testing.T) {
	checkManTexts(t, []manText{
		{"filled lines", ".TH X 1\none\ntwo  three \n\nfour\n.br\nfive\n  six", "one two  three\n\nfour\nfive\nsix"},
		{"paragraphs", "a\n.PP\nb\n.LP\nc\n.P\nd\n.sp\ne\n.HP\nf", "a\n\nb\n\nc\n\nd\n\ne\n\nf"},
		{"font macros", ".B bold words\n.I \"in quotes\" and\n.SM small\n.B\nnext line", "bold words in quotes and small next line"},
		{"alternating fonts", ".BR \\-i \", \" \\-\\-ignore\\-case\n.IR file .txt\n.RB [ x ]", "-i, --ignore-case file.txt [x]"},
		{"quotes in a quoted argument", `.B "say ""hi"" now"`, `say "hi" now`},
		{"terms", ".TP\n.B \\-v\nVerbose\noutput.\n.TP 8\nterm\n.TQ\nsecond term\nText.", "-v\nVerbose output.\n\nterm\nsecond term\nText."},
		{"indented paragraphs", ".IP \\(bu 2\nfirst\n.IP 2.\nsecond\n.IP \"a tag\" 4\nthird\n.IP\nfourth", "• first\n\n2. second\n\na tag\nthird\n\nfourth"},
		{"no fill", "x\n.nf\n  a   b\n\n.B c\nd \\fBe\\fP  \n.fi\nf\ng", "x\n  a   b\n\nc\nd e\nf g"},
		{"www macros' links", "written by\n.MTO \"ada@example.org\" \"Ada Pell\" ,\nsee\n.URL \"https://example.org/\" \"the site\" .\n.URL \"https://example.org/b\"", "written by Ada Pell, see the site. https://example.org/b"},
		{"conditionals as nroff reads them", ".if n one\n.if t two\n.if !t three\n.ie \\n(.g four\n.el five\n.if n .br\nsix", "one three five\nsix"},
		{"DocBook's bullets", ".RS 4\n.ie n \\{\\\n\\h'-04'\\(bu\\h'+03'\\c\n.\\}\n.el \\{\\\n.sp -1\n.IP \\(bu 2.3\n.\\}\nAdds content\n.RE", "• Adds content"},
		{"a block not taken, nested", ".if t \\{\\\nno\n.if n \\{ still no \\}\nno\n.\\}\nyes", "yes"},
		{"a heading fills again", ".nf\na\nb\n.SH NEXT\nc\nd", "a\nb\n\nNEXT\n\nc d"},
		{"examples", ".EX\n$ ls\n.EE\nmore", "$ ls\nmore"},
		{"pod2man's verbatim blocks", ".de Vb\n.nf\n..\na\n.Sp\n.Vb 2\n\\&  x \\e\n\\&  y\n.Ve\nb\nc", "a\n\n  x \\\n  y\nb c"},
		{"headings", ".SH \"SEE  ALSO\"\nx\n.SS\nSub heading\ny", "SEE  ALSO\n\nx\n\nSub heading\n\ny"},
		{"links", "See\n.UR https://example.org/a\nthe site\n.UE ,\nor\n.UR https://example.org/b\n.UE .\n.MT me@example.org\n.ME", "See the site, or https://example.org/b. me@example.org"},
		{"macro definitions and ignored blocks", ".de XX\ntext in a macro\n..\na\n.ig\nignored\n..\nb\n.de YY ZZ\n..\nstill in\n.ZZ\nc\n.XX", "a b c"},
		{"other requests give nothing", ".ad l\n.na\n.nh\n.ft B\n.ds X y\n.nr N 1\n.if n .ne 2\n.so other.1\n.PD 0\na\n.RS 4\nb\n.RE\nc\n.in +2\nd", "a\nb\nc\nd"},
		{"comments", ".\\\" a comment\na \\\" trailing\n'\\\" t\n.\\\\\" old style\nb\\# joined\nc", "a bc"},
		{"man page references", ".MR grep 1 ,\nand\n.MR ls 1", "grep(1), and ls(1)"},
		{"synopsis macros", ".SY cmd\n.OP \\-x arg\n.YS\nafter", "cmd -x arg\n\nafter"},
		{"crlf and a byte order mark", "\ufeff.TH A 1\r\n.SH NAME\r\na \\- b\r\n", "NAME\n\na - b"},
	})
}

func TestExtractManEscapes(t *testing.T) {
	checkManTexts(t, []manText{
		{"fonts and sizes", `\fBb\fR \fIi\fP \f(CWcw\f[] \f[B]x\fP \s-1s\s0 \s+2t\s10u\s(12v\s[12]w\s'2'y`, "b i cw x s tuvwy"},
		{"zero width", `a\&b\%c\:d\|e\^f\)g\/h\,i`, "abcdefghi"},
		{"replaced characters", `\-1 \e \\ a\ b\~c\0d`, `-1 \ \ a b c d`},
		{"glyphs", `\(em\(en\(hy\(mi\(aq\(dq\(lq\(rq\(oq\(cq\(bu\(co\(rg\(tm\(de\(ti\(ha\(ga\(aa\(sc\(ps\(mu\(<=\(>=\(!=\(->\(<-`,
			"—–--'\"“”‘’•©®™°~^`´§¶×≤≥≠→←"},
		{"bracketed glyphs and code points", `\[em] \[u00E9] \[u0065_0301] \[char233] \('e\(:u\(,c \C'bu' \[nosuch]x\(zz`, "— é é é éüç • x"},
		{"strings", `\*(lqq\*(rq \*R \*(Tm \*[lq]x\*[rq] \*(XXy\*z`, "“q” ® ™ “x” y"},
		{"the generators' strings", "user\\*(Aqs \\*(L\"x\\*(R\" \\*(C`y\\*(C' \\*(C+ a\\*(--b", `user's "x" "y" C++ a--b`},
		{"registers and colours", `a\n(xxb\nyc\n[reg]d\n+(aae\m[red]f\m[]g\M(bbh`, "abcdefgh"},
		{"motions and widths", `a\h'3m'b\v'-1'c\w'abc'd\o'ab'e\X'tty: link'f\l'1i'g\h'\w'x'u'h`, "abcdefgh"},
		{"joins", "a\\c\nb\nc\\\nd\ne", "ab cd e"},
		{"unknown escapes give their character", `\.\'\q\é`, ".'qé"},
		{"an escape at the end of a request", ".B x\\", "x"},
	})
}

// TestExtractManBadInput: input that does not parse is read as far as it
// goes, nothing panics.
func TestExtractManBadInput(t *testing.T) {
	checkManTexts(t, []manText{
		{"unclosed quote", `.B "a b` + "\nc", "a b c"},
		{"unclosed brackets", `a\[em b` + "\nc" + `\f[B` + "\nd" + `\*[x`, "a c d"},
		{"unclosed delimiters", `a\h'1` + "\nb" + `\s'3` + "\nc", "a b c"},
		{"a truncated escape", `a\(e` + "\nb" + `\(`, "a b"},
		{"a definition never ended", "a\n.de X\nb\n.SH C\nd", "a"},
		{"a link never closed", "a\n.UR http://x\nb", "a b"},
		{"an empty request and a dot alone", ".\n. \n...\nx", "x"},
	})
	_, err := manExtractor{}.Extract("so.1", []byte(".so man1/other.1\n"))
	assert.ErrorIs(t, err, ErrNoText)
	_, err = manExtractor{}.Extract("nul.1", []byte(".TH A 1\n\x00"))
	assert.ErrorIs(t, err, ErrBinary)
}

func TestExtractManTitle(t *testing.T) {
	tests := []struct{ name, src, want string }{
		{"the NAME line", ".TH GREP 1\n.SH NAME\ngrep, egrep, fgrep, rgrep \\- print lines\nthat match patterns\n.SH SYNOPSIS\nx", "grep, egrep, fgrep, rgrep - print lines that match patterns"},
		{"a quoted NAME heading", ".TH X 5\n.SH \"NAME\"\n.B sshd_config\n\\- OpenSSH daemon configuration file\n.SH D\ny", "sshd_config - OpenSSH daemon configuration file"},
		{"no NAME section", ".TH \"SSH_CONFIG\" 5 2020\n.SH DESCRIPTION\nx", "SSH_CONFIG(5)"},
		{"no section number", ".TH FOO\nx", "FOO"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ex, err := manExtractor{}.Extract("t.1", []byte(tt.src))
			require.NoError(t, err)
			assert.Equal(t, tt.want, ex.Title)
		})
	}
}

func TestManDispatch(t *testing.T) {
	const page = ".TH GREP 1\n.SH NAME\ngrep \\- print lines\n"
	tests := []struct {
		path, data string
		want       corpus.Format
	}{
		{"grep.1", page, corpus.Man},
		{"sshd_config.5", ".\\\" comment\n'\\\" t\n\n.TH SSHD_CONFIG 5\nx\n", corpus.Man},
		{"perlfunc.1perl", ".de Sp\n.if t .sp .5v\n..\n.ie \\n(.g .ds Aq \\(aq\n.TH PERLFUNC 1\nx\n", corpus.Man},
		{"ar.1", ".if \\n(.H>23 .if \\n(.V>19 \\\n\\{\\\n.nr rF 1\n.\\}\n.TH AR 1\nx\n", corpus.Man}, // an older pod2man preamble: a request continued onto the next line
		{"bzdiff.1", "\\\"Shamelessly copied from zmore.1 by Philippe Troin\n.TH BZDIFF 1\nx\n", corpus.Man},
		{"top.1", "\\# top.1 comment\n.TH TOP 1\nx\n", corpus.Man},
		{"grep", page, corpus.Man},
		{"foo.man", "no .TH at all\n", corpus.Man},
		{"app.log.1", "2024-01-01 started\n.TH is not here\n", corpus.Text},
		{"notes", ".THING\n", corpus.Text},
		{"notes", "text\n.TH A 1\n", corpus.Text},
		{"notes.txt", page, corpus.Text},
		{"README.md", page, corpus.Markdown},
		{"page.html", page, corpus.HTML},
	}
	for _, tt := range tests {
		format, _, err := Extract(tt.path, []byte(tt.data))
		require.NoError(t, err, tt.path)
		assert.Equal(t, tt.want, format, "%s %q", tt.path, tt.data)
	}
}

// TestExtractManSingleByte: a page that is not UTF-8 is read as Latin-1
// (CP1252), as troff reads it; citations count the file's own bytes.
func TestExtractManSingleByte(t *testing.T) {
	src := ".TH CAFE 1\n.SH NAME\ncaf\xe9 \\- \x93menu\x94\n"
	format, ex, err := Extract("cafe.1", []byte(src))
	require.NoError(t, err)
	assert.Equal(t, corpus.Man, format)
	assert.Equal(t, "café - “menu”", ex.Title)
	assert.Equal(t, int64(len(src)-1), ex.Map[len(ex.Map)-1].SrcEnd)
}

// TestRunIngestsManPages: a folder of manual pages is ingested as pages,
// whatever their section's extension, and cited by line.
func TestRunIngestsManPages(t *testing.T) {
	dir := t.TempDir()
	writeTree(t, dir, map[string]string{
		"man1/tidewatch.1": string(mustRead(t, "testdata/man/tidewatch.1")),
		"man5/gauges.5":    ".TH GAUGES 5\n.SH NAME\ngauges \\- the gauge list\n",
		"logs/app.log.1":   "started\n",
	})
	st := newFakeStore()
	_, err := Run(context.Background(), st, []string{dir}, DefaultConfig(), Options{})
	require.NoError(t, err)
	p := func(name string) string { return filepath.ToSlash(filepath.Join(dir, name)) }
	e := st.entries[p("man1/tidewatch.1")]
	assert.Equal(t, corpus.Man, e.Doc.Format)
	assert.Equal(t, "tidewatch - report the tides of a harbour gauge", e.Doc.Title)
	assert.True(t, corpus.Man.HasLines())
	assert.Equal(t, corpus.Man, st.entries[p("man5/gauges.5")].Doc.Format)
	assert.Equal(t, corpus.Text, st.entries[p("logs/app.log.1")].Doc.Format)
}

func mustRead(t *testing.T, path string) []byte {
	t.Helper()
	data, err := os.ReadFile(path)
	require.NoError(t, err)
	return data
}

// TestExtractManLargeInput: work grows with the input's length, not its
// square, however escapes nest or a line runs on.
func TestExtractManLargeInput(t *testing.T) {
	nested := "a" + strings.Repeat(`\h'\w'\o'`, 100000) + "b"
	ex, err := manExtractor{}.Extract("nested.1", []byte(nested))
	require.NoError(t, err)
	assert.Equal(t, "a", ex.Text, "an unclosed delimited escape runs to the end of its line")
	long := ".TH A 1\n.SH NAME\n" + strings.Repeat("x \\fBy\\fP \\(em ", 50000) + "\n" + strings.Repeat(".TP\nt\nd\n", 50000)
	ex, err = manExtractor{}.Extract("long.1", []byte(long))
	require.NoError(t, err)
	assert.Len(t, ex.Sections, 1)
	assert.True(t, strings.HasSuffix(ex.Text, "t\nd"))
}
