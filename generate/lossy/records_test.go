package lossy

import (
	"context"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/verbatim-rag/verbatim/generate"
	"github.com/verbatim-rag/verbatim/verify"
)

// recordTests are small corpora in the style of real record formats, each
// with questions whose answer the record states before or after the
// subject. Each rule of the bare search serves one of these classes.
var recordTests = []struct {
	name  string
	texts []string
	qas   [][2]string // question, text the answer must hold
	order int         // the model's order; 0 for the default
}{
	{"semicolon records, key before the name (UnicodeData)",
		[]string{"FE45;SESAME DOT;Po;0;ON;;;;;N;;;;;\nFE46;WHITE SESAME DOT;Po;0;ON;;;;;N;;;;;\nFE47;PRESENTATION FORM FOR VERTICAL LEFT SQUARE BRACKET;Ps;0;ON;;;;;N;;;;;\n" +
			"1F63A;SMILING CAT FACE WITH OPEN MOUTH;So;0;ON;;;;;N;;;;;\n1F63B;SMILING CAT FACE WITH HEART-SHAPED EYES;So;0;ON;;;;;N;;;;;\n" +
			"1F605;SMILING FACE WITH OPEN MOUTH AND COLD SWEAT;So;0;ON;;;;;N;;;;;\n2654;WHITE CHESS KING;So;0;ON;;;;;N;;;;;\n2655;WHITE CHESS QUEEN;So;0;ON;;;;;N;;;;;\n"},
		[][2]string{
			{"What is the code point of the WHITE SESAME DOT?", "FE46"},
			{"What is the code point of SMILING FACE WITH OPEN MOUTH AND COLD SWEAT?", "1F605"},
			{"What's the code point for WHITE CHESS KING?", "2654"},
		}, 0},
	{"tab-separated names list, code then name (NamesList)",
		[]string{"1F4A8\tDASH SYMBOL\n1F4A9\tPILE OF POO\n\t= dog dirt\n1F9A5\tSLOTH\n1F9A6\tOTTER\n1F9A7\tORANGUTAN\n\t* the great ape\n1F9A8\tSKUNK\n"},
		[][2]string{{"What's the code point of the SLOTH emoji?", "1F9A5"}, {"What is the code point of the pile of poo emoji?", "1F4A9"}}, 0},
	{"headword line, then its expansion (vera)",
		[]string{"CSMA\n       Carrier Sense Multiple Access (networking)", "CSMA/CD\n       Carrier Sense Multiple Access / Collision Detection (networking)",
			"CDMA\n       Code Division Multiple Access (networking)", "ADB\n       Apple Desktop Bus (Apple)", "ADC\n       Analog Digital Converter",
			"NPM\n       Node Package Manager (JavaScript)", "BLOCK\n       Basic Linear Object Cache Kit"},
		[][2]string{{"What does CSMA stand for?", "Carrier Sense Multiple Access"}, {"What is the Apple Desktop Bus abbreviated as?", "ADB"},
			{"What is npm short for?", "Node Package Manager"}}, 0},
	{"alias rows, a shared property first (PropertyValueAliases), beside rows whose comments repeat the short alias (Scripts)",
		[]string{"# General_Category (gc)\n\ngc ; Sc ; Currency_Symbol\ngc ; Sk ; Modifier_Symbol\ngc ; Sm ; Math_Symbol\ngc ; So ; Other_Symbol\n" +
			"\n# Script (sc)\n\nsc ; Armi ; Imperial_Aramaic\nsc ; Bhks ; Bhaiksuki\nsc ; Brah ; Brahmi\n",
			"\tFor general text, use standard Latin and Greek letters with markup.\n\tIn general text, use regular Latin letters.\n",
			"005E          ; Common # Sk       CIRCUMFLEX ACCENT\n0060          ; Common # Sk       GRAVE ACCENT\n00A8          ; Common # Sk       DIAERESIS\n" +
				"00AF          ; Common # Sk       MACRON\n00B4          ; Common # Sk       ACUTE ACCENT\n"},
		[][2]string{{"What does the general category Sk stand for?", "Modifier_Symbol"}, {"What script is the short alias Armi for?", "Imperial_Aramaic"},
			{"Which script does the short name Bhks denote?", "Bhaiksuki"}}, 0},
	{"colon rows, the number first and the capital after the name (miscfiles' countries)",
		[]string{"# UN Code number: 2 letter ISO abbrev : 3 letter ISO abbrev : name : capital\n" +
			"620:PT:PRT:Portugal:Lisbon\n624:GW:GNB:Guinea-Bissau:Bissau\n462:MV:MDV:Maldives:Malé\n466:ML:MLI:Mali:Bamako\n470:MT:MLT:Malta:Valletta\n"},
		[][2]string{{"What's the capital city of the Maldives?", "Malé"}, {"What is the UN code number of Malta?", "470"}}, 0},
}

// isoRecords is a JSON file in the style of iso-codes: one record per
// object, fields sorted by name, so the code stands two lines before the
// name it belongs to.
const isoRecords = `{
  "3166-2": [
    {
      "code": "TH-31",
      "name": "Buri Ram",
      "type": "Province"
    },
    {
      "code": "TH-32",
      "name": "Surin",
      "type": "Province"
    },
    {
      "code": "DE-BY",
      "name": "Bayern",
      "type": "Land"
    },
    {
      "code": "DE-BE",
      "name": "Berlin",
      "type": "Land"
    }
  ]
}`

func TestBareReadsOnPastAWrappedLine(t *testing.T) {
	// Prose wrapped at the margin (a Jargon File entry): the line break
	// after "plastic" does not end the sentence.
	m, err := Train(context.Background(), TextSource(
		"blue box\n n.\n\n    Once upon a time the early phreak acquired a nickname by making switching tones with a plastic\n    whistle pulled out of a box of cereal.",
		"green box\n n.\n\n    A box of relays that phreaks used with a plastic\n    case on payphones of the old kind."), Config{Budget: "1MiB"})
	require.NoError(t, err)
	out, err := New(m, Config{}).Generate(context.Background(), generate.Request{Question: "What did the early phreak use for making switching tones?", Mode: generate.Bare}, nil)
	require.NoError(t, err)
	assert.Contains(t, out.Text, "whistle")
}

func TestBareRecallsRecordFields(t *testing.T) {
	tests := append(recordTests, struct {
		name  string
		texts []string
		qas   [][2]string
		order int
	}{"JSON records, the code a field before the name (iso-codes), order 12", []string{isoRecords},
		[][2]string{{"What is the ISO 3166-2 code of the Thai province Surin?", "TH-32"}, {"What is the code for Berlin?", "DE-BE"}}, 12})
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			m, err := Train(context.Background(), TextSource(tt.texts...), Config{Budget: "1MiB", Order: tt.order})
			require.NoError(t, err)
			g := New(m, Config{})
			for _, qa := range tt.qas {
				out, err := g.Generate(context.Background(), generate.Request{Question: qa[0], Mode: generate.Bare}, nil)
				require.NoError(t, err)
				assert.Contains(t, out.Text, qa[1], "question %q", qa[0])
				assert.Empty(t, verify.RepeatedTrigram(out.Text), "question %q: answer %q", qa[0], out.Text)
			}
		})
	}
}

func TestAfterBreak(t *testing.T) {
	m, err := Train(context.Background(), TextSource("06da  Phoenixtec Power Co., Ltd\n06db  Paradyne\n\t0547  UPS\n", `{"name": "ISO 3166-1", "code": "ISO"}`), Config{Budget: "1MiB"})
	require.NoError(t, err)
	g := New(m, Config{})
	assert.True(t, g.afterBreak("06db"), "a vendor's code opens its line")
	assert.False(t, g.afterBreak("0547"), "a device's code is indented")
	assert.False(t, g.afterBreak("ISO"), "a word after a quote")
	assert.False(t, g.afterBreak("Zyx"), "a token the model does not hold")
}

func TestIsCode(t *testing.T) {
	tests := []struct {
		body string
		want bool
	}{
		{"FE46", true}, {"1F9A5", true}, {"2654", true}, {"EMR", true}, {"iTAN", true}, {"TH-32", true},
		{"Vaii", false}, {"sesame", false}, {"Carrier", false}, {"a", false},
		{"ABCDEFGHIJKLMNOPQ", false}, // too long for a code
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, isCode(tt.body), tt.body)
	}
}

func TestHeadwordAndBackPrompts(t *testing.T) {
	m, err := Train(context.Background(), TextSource(recordTests[2].texts...), Config{Budget: "1MiB"})
	require.NoError(t, err)
	g := New(m, Config{})
	h, ok := g.headword([]string{"CSMA"})
	require.True(t, ok, "CSMA stands alone on its line")
	assert.Equal(t, []string{"CSMA", "\n"}, h)
	_, ok = g.headword([]string{" Carrier", " Sense"})
	assert.False(t, ok, "a span inside a line is no headword")

	q := analyze("What is the Apple Desktop Bus abbreviated as?", m.IDF())
	back := g.backPrompts(q, []string{" Apple", " Desktop", " Bus"})
	require.NotEmpty(t, back)
	assert.Equal(t, []string{"ADB", "\n", " Apple", " Desktop", " Bus"}, back[0].keys)
	assert.Equal(t, 2, back[0].keyLen)
	assert.Empty(t, g.backPrompts(q, []string{" Zyx"}), "a subject the model does not hold has no key")
}
