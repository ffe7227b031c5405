package lossy

import (
	"context"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// namesList is a names list in the style of Unicode's NamesList.txt: head
// lines, a code and a name parted by a tab, each followed by annotation
// lines (aliases, notes, cross-references, decompositions).
const namesList = "@@\t2300\tMiscellaneous Technical\t23FF\n" +
	"2318\tPLACE OF INTEREST SIGN\n\t= command key\n\t= operating system key (ISO 9995-7)\n" +
	"2319\tTURNED NOT SIGN\n\t= line marker\n\tx (not sign - 00AC)\n" +
	"231A\tWATCH\n231B\tHOURGLASS\n\t* intended as a symbol for a wait state\n" +
	"@\t\tGraphics for control codes\n" +
	"2400\tSYMBOL FOR NULL\n\t: 004E 0055 004C\n" +
	"11600\tMODI LETTER A\n1163F\tMODI SIGN VIRAMA\n\t= halant\n\t* used to form conjuncts\n11640\tMODI SIGN ARDHACANDRA\n"

func TestNamesView(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string // lines the view must hold
		not        []string // lines it must not
	}{
		{"aliases, notes and cross-references under their head", namesList,
			[]string{"PLACE OF INTEREST SIGN; operating system key (ISO 9995-7) 2318", "= operating system key (ISO 9995-7); place of interest sign 2318",
				"TURNED NOT SIGN; line marker 2319", "= line marker; turned not sign 2319",
				"HOURGLASS; intended as a symbol for a wait state 231B", "* intended as a symbol for a wait state; hourglass 231B", "= halant; modi sign virama 1163F"},
			[]string{"004E 0055 004C", "not sign - 00AC", "WATCH; intended"}},
		{"an annotation after a subheading belongs to no head", "2318\tPLACE OF INTEREST SIGN\n@\t\tGraphics\n\t= command key\n",
			nil, []string{"command key"}},
		{"a block heading is no head line", "@@\t2300\tMiscellaneous Technical\t23FF\n\t= technical\n", nil, []string{"= technical"}},
		{"a code that is no code", "23G0\tNOT A CODE\n\t= nothing\n", nil, []string{"= nothing"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var b strings.Builder
			var head [2]string
			writeNamesView(&b, tt.text, &head)
			lines := strings.Split(b.String(), "\n")
			for _, w := range tt.want {
				assert.Contains(t, lines, w)
			}
			for _, n := range tt.not {
				for _, l := range lines {
					assert.NotContains(t, l, n)
				}
			}
		})
	}
}

func TestNamesViewCarriesTheHead(t *testing.T) {
	v := &recordViewer{}
	v.passage("2319\tTURNED NOT SIGN\n")
	v.passage("\t= line marker\n")
	assert.Contains(t, v.text(), "= line marker; turned not sign 2319\n")
}

func TestBareRecallsNamesListAnnotations(t *testing.T) {
	m, err := Train(context.Background(), TextSource(namesList, "2318;PLACE OF INTEREST SIGN;So;0;ON;;;;;N;;;;;\n2319;TURNED NOT SIGN;So;0;ON;;;;;N;;;;;\n"+
		"1163F;MODI SIGN VIRAMA;Mn;9;NSM;;;;;N;;;;;\n11640;MODI SIGN ARDHACANDRA;Mn;0;NSM;;;;;N;;;;;\n"), Config{Budget: "1MiB"})
	require.NoError(t, err)
	g := New(m, Config{})
	assertBareAnswers(t, g, [][2]string{
		{"Which character is also called the line marker?", "TURNED NOT SIGN"},
		{"Which sign is also known as the operating system key?", "PLACE OF INTEREST SIGN"},
		{"What is the PLACE OF INTEREST SIGN also called?", " key"},
		{"What is MODI SIGN VIRAMA used for?", "conjuncts"},
	}, true)
}

func FuzzNamesView(f *testing.F) {
	f.Add(namesList, 50)
	f.Add("2319\tTURNED NOT SIGN\n\t= line marker\n\t=\n\t* \n\t= \t\n", 20)
	f.Add("1F4A9\tPILE OF POO\r\n\t= dog dirt\r\n", 9)
	f.Fuzz(func(t *testing.T, text string, cut int) {
		cut = min(max(cut, 0), len(text))
		var b strings.Builder
		var head [2]string
		writeNamesView(&b, text[:cut], &head)
		writeNamesView(&b, text[cut:], &head)
		view := strings.TrimSuffix(b.String(), "\n")
		if view == "" {
			return
		}
		lines := strings.Split(view, "\n")
		require.Zero(t, len(lines)%2, "an annotation gives two lines: %q", view)
		for _, line := range lines {
			assert.Contains(t, line, "; ")
			code := line[strings.LastIndexByte(line, ' ')+1:]
			assert.Contains(t, text, code+"\t", "line %q ends with the code of a head line", line)
		}
	})
}
