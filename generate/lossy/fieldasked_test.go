package lossy

import (
	"context"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/verbatim-rag/verbatim/generate"
	"github.com/verbatim-rag/verbatim/verify"
)

// unicodeDataFixture and namesListFixture are the same characters in the
// two files' styles: UnicodeData's semicolon rows (no header: the fields
// are known by position only) and NamesList's entries, a code, a tab and
// the name, with tab-indented alias ("="), note ("*") and cross-reference
// ("x") lines beneath.
const unicodeDataFixture = "0F70;TIBETAN VOWEL SIGN I;Mn;130;NSM;;;;;N;;;;;\n" +
	"0F71;TIBETAN VOWEL SIGN AA;Mn;129;NSM;;;;;N;;;;;\n" +
	"0F72;TIBETAN VOWEL SIGN II;Mn;130;NSM;;;;;N;;;;;\n" +
	"1B71;BALINESE MUSICAL SYMBOL COMBINING KEMPLI WITH JEGOGAN;Mn;230;NSM;;;;;N;;;;;\n" +
	"1B72;BALINESE MUSICAL SYMBOL COMBINING BENDE;Mn;230;NSM;;;;;N;;;;;\n" +
	"1B73;BALINESE MUSICAL SYMBOL COMBINING GONG;Mn;230;NSM;;;;;N;;;;;\n" +
	"1F4EA;CLOSED MAILBOX WITH LOWERED FLAG;So;0;ON;;;;;N;;;;;\n" +
	"1F4EB;CLOSED MAILBOX WITH RAISED FLAG;So;0;ON;;;;;N;;;;;\n" +
	"1F4EC;OPEN MAILBOX WITH RAISED FLAG;So;0;ON;;;;;N;;;;;\n"

const namesListFixture = "0F70\tTIBETAN VOWEL SIGN I\n" +
	"0F71\tTIBETAN VOWEL SIGN AA\n\t= a-chung\n\t* common, vowel-lengthening mark\n" +
	"0F72\tTIBETAN VOWEL SIGN II\n" +
	"1B71\tBALINESE MUSICAL SYMBOL COMBINING KEMPLI WITH JEGOGAN\n" +
	"1B72\tBALINESE MUSICAL SYMBOL COMBINING BENDE\n" +
	"1B73\tBALINESE MUSICAL SYMBOL COMBINING GONG\n" +
	"1F4EA\tCLOSED MAILBOX WITH LOWERED FLAG\n\t= mailbox containing no mail\n" +
	"1F4EB\tCLOSED MAILBOX WITH RAISED FLAG\n\t= mailbox containing mail\n" +
	"1F4EC\tOPEN MAILBOX WITH RAISED FLAG\n" +
	"@\t\tMusical symbols\n" +
	"1B74\tBALINESE MUSICAL SYMBOL RIGHT-HAND OPEN DUG\n"

// TestBareAnswersTheFieldAsked asks for fields a question names a record
// by: a field many rows share, stated fields after the name in the row
// (the record view carries it), and an alias the names list states on the
// line below the name, where the row goes on with codes.
func TestBareAnswersTheFieldAsked(t *testing.T) {
	m, err := Train(context.Background(), TextSource(unicodeDataFixture, namesListFixture), Config{Budget: "1MiB"})
	require.NoError(t, err)
	g := New(m, Config{})
	tests := []struct{ q, want, not string }{
		{"What is the canonical combining class of U+1B72 BALINESE MUSICAL SYMBOL COMBINING BENDE?", "230", "1B73"},
		{"What is the canonical combining class of TIBETAN VOWEL SIGN AA?", "129", ""},
		{"What is TIBETAN VOWEL SIGN AA otherwise called?", "a-chung", ""},
		{"What does the CLOSED MAILBOX WITH RAISED FLAG signify?", "mailbox containing mail", ""},
	}
	for _, tt := range tests {
		out, err := g.Generate(context.Background(), generate.Request{Question: tt.q, Mode: generate.Bare}, nil)
		require.NoError(t, err)
		assert.Contains(t, out.Text, tt.want, "question %q", tt.q)
		if tt.not != "" {
			assert.NotContains(t, out.Text, tt.not, "question %q: the answer runs into the next record", tt.q)
		}
		assert.Empty(t, verify.RepeatedTrigram(out.Text), "question %q: answer %q", tt.q, out.Text)
	}
}

// TestContinuationEndsBeforeTheNextRecord searches on from a names-list
// entry's name: the line after it opens the next entry (a code flush at
// the line's start) or a heading ("@"), so no continuation goes past the
// break; an entry whose next line is its own alias goes on to it.
func TestContinuationEndsBeforeTheNextRecord(t *testing.T) {
	m, err := train(context.Background(), TextSource(namesListFixture), Config{Budget: "1MiB"}, trainOpts{noView: true})
	require.NoError(t, err)
	g := New(m, Config{})
	tests := []struct {
		prompt []string
		not    string // no continuation may hold it
		some   string // some continuation holds it
	}{
		{[]string{" MUSICAL", " SYMBOL", " COMBINING", " BENDE"}, "1B73", ""},
		{[]string{" MAILBOX", " WITH", " RAISED", " FLAG"}, "1F4EC", "mailbox containing mail"},
		{[]string{" TIBETAN", " VOWEL", " SIGN", " AA"}, "0F72", "a-chung"},
		{[]string{" OPEN", " MAILBOX", " WITH", " RAISED", " FLAG"}, "@", ""}, // a heading line opens another part
	}
	for _, tt := range tests {
		q := analyze("What is"+strings.Join(tt.prompt, "")+"?", m.IDF())
		s := &searcher{g: g, q: q, maxTok: 32, maxUnit: g.cfg.MaxSentences, cls: make(map[int]steerClass), folds: make(map[int]uint64)}
		hs, err := s.search(context.Background(), tt.prompt, searchNodes)
		require.NoError(t, err)
		require.NotEmpty(t, hs)
		var conts []string
		for _, h := range hs {
			var b strings.Builder
			for _, id := range h.ids {
				b.WriteString(m.vocab[id])
			}
			conts = append(conts, b.String())
			assert.NotContains(t, b.String(), tt.not, "%q", tt.prompt)
		}
		if tt.some != "" {
			assert.Contains(t, strings.Join(conts, "|"), tt.some, "%q", tt.prompt)
		}
	}
}

func TestDropNotation(t *testing.T) {
	tests := []struct {
		q    string
		keys []string
	}{
		{"What is the name of U+2B20?", []string{" What", " is", " the", " name", " of", " 2B20"}},
		{"Which block is U+1F9A5 part of?", []string{" Which", " block", " is", " 1F9A5", " part", " of"}},
		{"Is C+ a grade?", []string{" Is", " C", "+", " a", " grade"}}, // no code after the "+"
		{"What does U stand for?", []string{" What", " does", " U", " stand", " for"}},
	}
	for _, tt := range tests {
		q := analyze(tt.q, flatIDF)
		assert.Equal(t, tt.keys, questionKeys(q), tt.q)
	}
	q := withoutNotation(analyze("What is the Unicode name of U+1F9ED?", flatIDF))
	for _, w := range q.words {
		assert.NotEqual(t, "u", w.stem, "the notation's letter is no word of the question")
	}
	assert.True(t, q.mentions("1f9ed"))
}

func TestAsksNameAndSaysWord(t *testing.T) {
	names := []struct {
		q    string
		want bool
	}{
		{"What is TIBETAN VOWEL SIGN AA otherwise called?", true},
		{"What alternative name does the Devanagari double danda have?", true},
		{"What does the CLOSED MAILBOX WITH RAISED FLAG signify?", true},
		{"What is the canonical combining class of U+1B72?", false},
		{"What is the bidirectional class of PHOENICIAN LETTER WAU?", false},
	}
	for _, tt := range names {
		assert.Equal(t, tt.want, asksName(analyze(tt.q, flatIDF)), tt.q)
	}
	words := []struct {
		body string
		want bool
	}{
		{"mailbox", true}, {"a-chung", true}, {"PARAGRAPH", true}, {"viram", true},
		{"Mn", false}, {"NSM", false}, {"0", false}, {"230", false}, {"1F4ED", false}, {"N", false},
	}
	for _, tt := range words {
		assert.Equal(t, tt.want, saysWord(tt.body), tt.body)
	}
}

// TestTextRepeats reads an answer back as text: tokens the model keeps
// apart can join or part differently once written (an HTML tag across a
// line break), and the answer must not repeat a three-token sequence as
// verify.RepeatedTrigram reads it.
func TestTextRepeats(t *testing.T) {
	tests := []struct {
		keys []string
		want bool
	}{
		{[]string{"usr", "/", "sbin", "</", "code", ">", "\n", "</", "a", ">", "\n", "</", "td", ">"}, true},
		{[]string{"x", " a", " b", " c", " a", " b", " c"}, true},
		{[]string{"1B72", " BALINESE", " MUSICAL", ";", " Mn", " 230"}, false},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, textRepeats(tt.keys), "%q", tt.keys)
		a := &answer{}
		for _, k := range tt.keys {
			a.addModel(k)
		}
		assert.Equal(t, tt.want, verify.RepeatedTrigram(a.b.String()) != "", "%q", a.b.String())
	}
}
