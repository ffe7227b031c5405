package lossy

import (
	"context"
	"fmt"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/verbatim-rag/verbatim/generate"
)

// isoCountries is an iso-codes JSON table (iso_3166-1.json's style):
// fields sorted by key, so the codes stand lines before the name.
const isoCountries = `{
  "3166-1": [
    {
      "alpha_2": "KE",
      "alpha_3": "KEN",
      "flag": "x",
      "name": "Kenya",
      "numeric": "404",
      "official_name": "Republic of Kenya"
    },
    {
      "alpha_2": "KG",
      "alpha_3": "KGZ",
      "flag": "x",
      "name": "Kyrgyzstan",
      "numeric": "417",
      "official_name": "Kyrgyz Republic"
    },
    {
      "alpha_2": "KI",
      "alpha_3": "KIR",
      "flag": "x",
      "name": "Kiribati",
      "numeric": "296",
      "official_name": "Republic of Kiribati"
    }
  ]
}`

// unicodeRows are UnicodeData.txt rows: the code point, the name, then
// fourteen fields more, many of them empty.
const unicodeRows = "1B72;BALINESE MUSICAL SYMBOL COMBINING BENDE;Mn;230;NSM;;;;;N;;;;;\n" +
	"1B73;BALINESE MUSICAL SYMBOL COMBINING GONG;Mn;230;NSM;;;;;N;;;;;\n" +
	"10905;PHOENICIAN LETTER WAU;Lo;0;R;;;;;N;;;;;\n" +
	"10906;PHOENICIAN LETTER ZAI;Lo;0;R;;;;;N;;;;;\n" +
	"09F4;BENGALI CURRENCY NUMERATOR ONE;No;0;L;;;;1/16;N;;;;;\n" +
	"0E28;THAI CHARACTER SO SALA;Lo;0;L;;;;;N;THAI LETTER SO SALA;;;;\n"

func TestRecordView(t *testing.T) {
	tests := []struct {
		name     string
		passages []string
		want     []string // lines the view must hold
		not      []string // text the view must not hold
	}{
		{"JSON records: an index line per identifying value, then the record name first",
			[]string{isoCountries},
			[]string{
				"alpha 2 KE Kenya; alpha 2 KE alpha 3 KEN flag x numeric 404 official name Republic of Kenya",
				"alpha 3 KEN Kenya; alpha 2 KE alpha 3 KEN flag x numeric 404 official name Republic of Kenya",
				"alpha 2 KI Kiribati; alpha 2 KI alpha 3 KIR flag x numeric 296 official name Republic of Kiribati",
			},
			[]string{"flag x Kenya", "numeric 404 Kenya", "3166-1"}}, // shared and digit-only values index nothing; the wrapper is no record
		{"a JSON record cut by a passage's end is completed by the next passage",
			[]string{isoCountries[:strings.Index(isoCountries, `"name": "Kyrgyzstan"`)], isoCountries[strings.Index(isoCountries, `"name": "Kyrgyzstan"`):]},
			[]string{
				"Kenya; alpha 2 KE alpha 3 KEN flag x numeric 404 official name Republic of Kenya", // alone in its passage: nothing to tell it from
				"alpha 2 KG Kyrgyzstan; alpha 2 KG alpha 3 KGZ flag x numeric 417 official name Kyrgyz Republic",
			},
			nil},
		{"only a key every record has, each with its own value, indexes its records",
			[]string{`[{"code": "ES-V", "name": "Valencia", "parent": "VC", "type": "Province"},
 {"code": "ES-VC", "name": "Valenciana, Comunidad", "type": "Autonomous community"},
 {"code": "ES-Z", "name": "Zaragoza", "parent": "AR", "type": "Province"}]`},
			[]string{"code ES-V Valencia; code ES-V parent VC type Province", "code ES-VC Valenciana, Comunidad; code ES-VC type Autonomous community"},
			[]string{"parent VC Valencia", "type Province Valencia", "type Province Zaragoza"}},
		{"a key only some records have, each with its own value, indexes those records; one record's key does not",
			[]string{`{"639-2": [
    {"alpha_2": "as", "alpha_3": "asm", "name": "Assamese"},
    {"alpha_3": "ast", "name": "Asturian; Bable; Leonese; Asturleonese"},
    {"alpha_2": "it", "alpha_3": "ita", "name": "Italian"},
    {"alpha_3": "kaa", "common_name": "Karakalpak", "name": "Kara-Kalpak"}]}`},
			[]string{"alpha 2 as Assamese; alpha 2 as alpha 3 asm", "alpha 2 it Italian; alpha 2 it alpha 3 ita", "alpha 3 ast Asturian; Bable; Leonese; Asturleonese; alpha 3 ast"},
			[]string{"common name Karakalpak Kara-Kalpak"}},
		{"JSON without a name field, or nested, gives nothing",
			[]string{`{"a": {"b": 1, "name": "inner"}, "c": 2}`, `[{"id": 1, "value": "v"}, {"id": 2, "value": "w"}]`},
			[]string{"inner; b 1"},
			[]string{"value", "a;"}},
		{"semicolon rows keyed by a code: the key and the name, then the fields of the row's own, the key again after them, the shared fields last, empty fields dropped",
			[]string{unicodeRows},
			[]string{
				"1B72 BALINESE MUSICAL SYMBOL COMBINING BENDE; Mn 230 NSM N",
				"10905 PHOENICIAN LETTER WAU; Lo 0 R N",
				"09F4 BENGALI CURRENCY NUMERATOR ONE; 1/16 09F4 No 0 L N",
				"0E28 THAI CHARACTER SO SALA; THAI LETTER SO SALA 0E28 Lo 0 L N",
			},
			nil},
		{"UnicodeData rows: values all their own (a number, a case mapping), then an old name, then a decomposition whose tag and code points recur, then the shared fields",
			[]string{"00BC;VULGAR FRACTION ONE QUARTER;No;0;ON;<fraction> 0031 2044 0034;;;1/4;N;FRACTION ONE QUARTER;;;;\n" +
				"00BD;VULGAR FRACTION ONE HALF;No;0;ON;<fraction> 0031 2044 0032;;;1/2;N;FRACTION ONE HALF;;;;\n" +
				"2CBE;COPTIC CAPITAL LETTER OLD COPTIC OOU;Lu;0;L;;;;;N;;;;2CBF;\n" +
				"2CBF;COPTIC SMALL LETTER OLD COPTIC OOU;Ll;0;L;;;;;N;;;2CBE;;2CBE\n"},
			[]string{
				"00BD VULGAR FRACTION ONE HALF; 1/2 FRACTION ONE HALF <fraction> 0031 2044 0032 00BD No 0 ON N",
				"2CBE COPTIC CAPITAL LETTER OLD COPTIC OOU; 2CBF 2CBE Lu 0 L N",
				"2CBF COPTIC SMALL LETTER OLD COPTIC OOU; 2CBE 2CBE 2CBF Ll 0 L N",
			},
			nil},
		{"alias rows without a key of their own (PropertyValueAliases.txt): each short alias opens a line with the long name after it",
			[]string{"gc ; Sc ; Currency_Symbol\ngc ; Sk ; Modifier_Symbol\ngc ; Sm ; Math_Symbol\n"},
			[]string{"Sk Modifier_Symbol; gc", "gc Modifier_Symbol; Sk", "Sc Currency_Symbol; gc"},
			[]string{"gc Sk", "Modifier_Symbol Sk"}},
		{"rows keyed by a code of their own get no alias lines",
			[]string{unicodeRows},
			nil,
			[]string{"THAI LETTER SO SALA THAI CHARACTER", "1/16 BENGALI"}},
		{"colon rows, as Unix tables write them (miscfiles' countries): the key and the name, then the rest",
			[]string{"# UN Code number: 2 letter ISO abbrev : 3 letter ISO abbrev : name : capital\n624:GW:GNB:Guinea-Bissau:Bissau\n462:MV:MDV:Maldives:Malé\n"},
			[]string{"462 Maldives; MV MDV Malé 462", "624 Guinea-Bissau; GW GNB Bissau 624"},
			nil},
		{"colons in times and addresses part no fields",
			[]string{"at 10:20:30 we met: then left\nat 10:20:31 we left: then came\n", "see http://a.example:80/x: here\nsee http://b.example:80/y: there\n"},
			nil,
			[]string{"met", "left", "example"}},
		{"a key the rows share is not written again",
			[]string{"gc\tSk\tModifier_Symbol\ngc\tSm\tMath_Symbol\n"},
			[]string{"gc Modifier_Symbol; Sk", "gc Math_Symbol; Sm"},
			nil},
		{"a package table (Debian Reference's style): the package again after the values of its own, reachable from its description",
			[]string{"calibre\tV:8, I:30\t62725\tKDE e-book converter and library management\n" +
				"okular\tV:12, I:44\t17620\tKDE universal document viewer\n"},
			[]string{"calibre KDE e-book converter and library management; V:8, I:30 62725 calibre"},
			nil},
		{"rows whose first field names them, a lone row, and two-field rows that are no ranges need no view",
			[]string{"Tonga;TO;TON\nTuvalu;TV;TUV\n", "1F9A5;SLOTH;So;0;ON;;;;;N;;;;;\n\nnot a row\n", "0041; Basic\n0042; Latin\n"},
			nil,
			[]string{"Tonga", "SLOTH", "Basic"}},
		{"range rows, each its own name (Blocks.txt): the name, then the range",
			[]string{"# Start Code..End Code; Block Name\n\n0000..007F; Basic Latin\n0080..00FF; Latin-1 Supplement\n1B100..1B12F; Kana Extended-A\n"},
			[]string{"Basic Latin; 0000..007F", "Latin-1 Supplement; 0080..00FF", "Kana Extended-A; 1B100..1B12F"},
			nil},
		{"range rows that repeat a value (Scripts.txt), a lone range and a range backwards give nothing",
			[]string{"0000..001F    ; Common # Cc  [32] <control-0000>..<control-001F>\n0021..0023    ; Common # Po   [3] EXCLAMATION MARK..NUMBER SIGN\n",
				"# @missing: 0000..10FFFF; Unknown\n", "0100..00FF; Backwards\n0200..02FF; Forwards\n"},
			nil,
			[]string{"Common", "Unknown", "Backwards"}},
		{"prose gives nothing",
			[]string{"Kenya is a country in East Africa; its capital is Nairobi.\nIt borders Uganda.\n"},
			nil,
			[]string{"Kenya"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			view := recordView(tt.passages)
			lines := strings.Split(view, "\n")
			for _, w := range tt.want {
				assert.Contains(t, lines, w)
			}
			for _, n := range tt.not {
				assert.NotContains(t, view, n)
			}
		})
	}
}

func TestRecordViewTrainsBesideTheText(t *testing.T) {
	ctx := context.Background()
	src := TextSource(isoCountries, unicodeRows)
	with, err := Train(ctx, src, Config{Budget: "1MiB"})
	require.NoError(t, err)
	without, err := train(ctx, src, Config{Budget: "1MiB"}, trainOpts{noView: true})
	require.NoError(t, err)
	rw, ro := with.Report(), without.Report()
	assert.Equal(t, ro.CorpusBytes, rw.CorpusBytes, "the view is not corpus text")
	assert.Equal(t, ro.CorpusTokens, rw.CorpusTokens)
	assert.Equal(t, ro.Passages, rw.Passages)
	assert.Equal(t, ro.GzipBytes, rw.GzipBytes)
	assert.Greater(t, rw.NGrams[len(rw.NGrams)-1], ro.NGrams[len(ro.NGrams)-1], "the model holds the view's n-grams too")

	// The fields an order-6 context cannot link to the name in the text,
	// recalled in bare mode from the view.
	qas := [][2]string{
		{"What is the alpha 3 code of Kyrgyzstan?", "KGZ"},
		{"What is the official name of Kiribati?", "Republic of Kiribati"},
		{"What is the bidirectional class of PHOENICIAN LETTER WAU?", "R"},
		{"What fraction is BENGALI CURRENCY NUMERATOR ONE worth?", "1/16"},
	}
	for _, qa := range qas {
		a, err := New(with, Config{}).Generate(ctx, generate.Request{Question: qa[0], Mode: generate.Bare}, nil)
		require.NoError(t, err)
		assert.True(t, matches(a.Text, []string{qa[1]}), "with the view: %q: %q", qa[0], a.Text)
		b, err := New(without, Config{}).Generate(ctx, generate.Request{Question: qa[0], Mode: generate.Bare}, nil)
		require.NoError(t, err)
		assert.False(t, matches(b.Text, []string{qa[1]}), "without the view: %q: %q", qa[0], b.Text)
	}
}

func FuzzRecordView(f *testing.F) {
	f.Add(isoCountries, 40)
	f.Add(unicodeRows, 10)
	f.Add(`{"name": "a\u00e9\"b", "x": -1.5e3, "y": true, "z": null, "w": [1, {"name": "q"}]}`, 7)
	f.Add("{\"name\": \"\\ud800\", \"k\": \"\\", 3)
	f.Add("0000..007F; Basic Latin\n0080..00FF; Latin-1 Supplement\n1B100..1B12F; Kana Extended-A\n", 30)
	f.Add("gc ; Sk ; Modifier_Symbol\ngc ; Sm ; Math_Symbol\n", 12)
	f.Add("462:MV:MDV:Maldives:Malé\n466:ML:MLI:Mali:Bamako\nat 10:20:30 x:y:z\n", 20)
	f.Add(namesList, 60)
	f.Fuzz(func(t *testing.T, text string, cut int) {
		cut = min(max(cut, 0), len(text))
		view := recordView([]string{text[:cut], text[cut:]})
		if utf8.ValidString(text[:cut]) && utf8.ValidString(text[cut:]) {
			assert.True(t, utf8.ValidString(view), "view of valid UTF-8 is valid UTF-8")
		}
		for _, line := range strings.Split(strings.TrimSuffix(view, "\n"), "\n") {
			assert.NotContains(t, line, "\n")
		}
		assert.LessOrEqual(t, len(view), 64*(len(text)+1), "the view grows with its text")
	})
}

// BenchmarkTrainRecordView trains on the same passages without and with
// the record view: JSON records (where the view adds lines) and prose
// (where it adds none), so the view's training cost reads as a ratio.
func BenchmarkTrainRecordView(b *testing.B) {
	var recs strings.Builder
	recs.WriteString("{\n  \"3166-2\": [\n")
	for i := range 20000 {
		fmt.Fprintf(&recs, "    {\n      \"code\": \"XX-%d\",\n      \"name\": \"Place %c%c%d\",\n      \"type\": \"Province\"\n    },\n", i, 'A'+i%26, 'a'+i/26%26, i)
	}
	recs.WriteString("  ]\n}\n")
	corpora := []struct {
		name     string
		passages []string
	}{
		{"json", chunkLines(recs.String(), 800)},
		{"prose", makeFixture(11, 200).Entries},
	}
	for _, c := range corpora {
		for _, view := range []bool{false, true} {
			b.Run(fmt.Sprintf("%s/view=%v", c.name, view), func(b *testing.B) {
				for b.Loop() {
					if _, err := train(context.Background(), TextSource(c.passages...), Config{Budget: "1GiB"}, trainOpts{noView: !view}); err != nil {
						b.Fatal(err)
					}
				}
			})
		}
	}
}

// chunkLines cuts text into passages of about size bytes at line ends.
func chunkLines(text string, size int) []string {
	var out []string
	for len(text) > size {
		i := strings.IndexByte(text[size:], '\n')
		if i < 0 {
			break
		}
		out = append(out, text[:size+i])
		text = text[size+i+1:]
	}
	return append(out, text)
}
