package lossy

import (
	"context"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/verbatim-rag/verbatim/generate"
)

// recordTests are small corpora in the style of real record formats, each
// with questions whose answer the record states before or after the
// subject. Each rule of the bare search serves one of these classes.
var recordTests = []struct {
	name  string
	texts []string
	qas   [][2]string // question, text the answer must hold
}{
	{"semicolon records, key before the name (UnicodeData)",
		[]string{"FE45;SESAME DOT;Po;0;ON;;;;;N;;;;;\nFE46;WHITE SESAME DOT;Po;0;ON;;;;;N;;;;;\nFE47;PRESENTATION FORM FOR VERTICAL LEFT SQUARE BRACKET;Ps;0;ON;;;;;N;;;;;\n" +
			"1F63A;SMILING CAT FACE WITH OPEN MOUTH;So;0;ON;;;;;N;;;;;\n1F63B;SMILING CAT FACE WITH HEART-SHAPED EYES;So;0;ON;;;;;N;;;;;\n" +
			"1F605;SMILING FACE WITH OPEN MOUTH AND COLD SWEAT;So;0;ON;;;;;N;;;;;\n2654;WHITE CHESS KING;So;0;ON;;;;;N;;;;;\n2655;WHITE CHESS QUEEN;So;0;ON;;;;;N;;;;;\n"},
		[][2]string{
			{"What is the code point of the WHITE SESAME DOT?", "FE46"},
			{"What is the code point of SMILING FACE WITH OPEN MOUTH AND COLD SWEAT?", "1F605"},
			{"What's the code point for WHITE CHESS KING?", "2654"},
		}},
	{"tab-separated names list, code then name (NamesList)",
		[]string{"1F9A5\tSLOTH\n1F9A6\tOTTER\n1F9A7\tORANGUTAN\n\t* the great ape\n1F9A8\tSKUNK\n"},
		[][2]string{{"What's the code point of the SLOTH emoji?", "1F9A5"}, {"What is the code point of the otter?", "1F9A6"}}},
	{"headword line, then its expansion (vera)",
		[]string{"CSMA\n       Carrier Sense Multiple Access (networking)", "CSMA/CD\n       Carrier Sense Multiple Access / Collision Detection (networking)",
			"CDMA\n       Code Division Multiple Access (networking)", "ADB\n       Apple Desktop Bus (Apple)", "ADC\n       Analog Digital Converter"},
		[][2]string{{"What does CSMA stand for?", "Carrier Sense Multiple Access"}, {"What is the Apple Desktop Bus abbreviated as?", "ADB"}}},
}

func TestBareRecallsRecordFields(t *testing.T) {
	for _, tt := range recordTests {
		t.Run(tt.name, func(t *testing.T) {
			m, err := Train(context.Background(), TextSource(tt.texts...), Config{Budget: "1MiB"})
			require.NoError(t, err)
			g := New(m, Config{})
			for _, qa := range tt.qas {
				out, err := g.Generate(context.Background(), generate.Request{Question: qa[0], Mode: generate.Bare}, nil)
				require.NoError(t, err)
				assert.Contains(t, out.Text, qa[1], "question %q", qa[0])
				assert.Empty(t, repeatedTrigram(out.Text), "question %q: answer %q", qa[0], out.Text)
			}
		})
	}
}
