package verify

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/verbatim-rag/verbatim/english"
)

func sentenceTexts(text string) []string {
	var out []string
	for _, se := range Sentences(text) {
		out = append(out, text[se[0]:se[1]])
	}
	return out
}

var sentenceTests = []struct {
	name string
	text string
	want []string
}{
	{"simple", "One. Two! Three?", []string{"One.", "Two!", "Three?"}},
	{"marker after period", "Born in 1867. [1] Died in 1934 [2].", []string{"Born in 1867. [1]", "Died in 1934 [2]."}},
	{"decimal", "Pi is 3.14 roughly. Next.", []string{"Pi is 3.14 roughly.", "Next."}},
	{"initials", "J. K. Rowling wrote it. Yes.", []string{"J. K. Rowling wrote it.", "Yes."}},
	{"title abbrev", "Dr. Curie won. Then more.", []string{"Dr. Curie won.", "Then more."}},
	{"eg lower", "Metals, e.g. iron, rust. Done.", []string{"Metals, e.g. iron, rust.", "Done."}},
	{"etc end", "Iron, copper, etc. Then gold.", []string{"Iron, copper, etc.", "Then gold."}},
	{"newlines", "- first item\n- second item\n\nLast", []string{"- first item", "- second item", "Last"}},
	{"list numbers", "1. Iron\n2. Gold", []string{"1. Iron", "2. Gold"}},
	{"quote closes", `He said "yes." Then left.`, []string{`He said "yes."`, "Then left."}},
	{"cjk", "她出生于1867年。她是物理学家。", []string{"她出生于1867年。", "她是物理学家。"}},
	{"ellipsis and spaces", "  Wait… what?  ", []string{"Wait…", "what?"}},
	{"empty", "   \n ", nil},
}

func TestSentences(t *testing.T) {
	for _, tt := range sentenceTests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, sentenceTexts(tt.text))
		})
	}
}

var factTests = []struct {
	sentence string
	want     []string
}{
	{"Marie Curie was born on 7 November 1867 in Warsaw [1].", []string{"Marie Curie", "7 November 1867", "Warsaw"}},
	{"The treaty was signed on 1867-11-07.", []string{"1867-11-07"}},
	{"She moved in November 1891 to Paris.", []string{"November 1891", "Paris"}},
	{"It was signed on March 3, 1918, at Brest.", []string{"March 3, 1918", "Brest"}},
	{"In 1903 she shared 50% of the prize, about 1,200 dollars.", []string{"1903", "50%", "1,200"}},
	{"The rate rose to 3.5 percent.", []string{"3.5 percent"}},
	{"The University of Paris hired her.", []string{"University of Paris"}},
	{"Ludwig van Beethoven's symphony.", []string{"Ludwig van Beethoven"}},
	{"Curie's lab used an iPhone and NASA data.", []string{"Curie", "iPhone", "NASA"}},
	{"I cannot find the answer in the provided documents.", nil},
	{"However, Pierre agreed.", []string{"Pierre"}},
	{"See [12] for more.", []string{"See"}},
	{"she had 2 daughters [3][4]", []string{"2"}},
	{"The Zeta5 probe flew in 1999.", []string{"Zeta5", "1999"}},
	{"A Boeing B52 bomber.", []string{"Boeing", "B52"}},
	{"The limit is 2,147,483,391 bytes or 100K rows.", []string{"2,147,483,391 bytes", "100K"}},
	{"It caches 750KiB and 15% of pages.", []string{"750KiB", "15%"}},
	{"ASCII uses 7 bits per character.", []string{"ASCII", "7 bits"}},
	{"You upgrade to 3.35.0 before 2021.", []string{"3.35.0", "2021"}},
	{"You set GAUGE_MAX_COLUMN to 0x7ffffeff.", []string{"GAUGE_MAX_COLUMN", "0x7ffffeff"}},
	{"default.target links to graphical.target.", []string{"default.target", "graphical.target"}},
	{"You edit /etc/fstab with bs=512 count=1.", []string{"/etc/fstab", "bs=512", "count=1"}},
	{`The alpha_3 code is "krj", the name 'Kinaray-A'.`, []string{"alpha_3", "krj", "Kinaray-A"}},
	{"It is e.g. a well-known tool.", nil},
	{"You use qemu-img on x86_64 hosts.", []string{"x86_64"}},
	{"The code point FE46 is a WHITE SESAME DOT.", []string{"FE46", "WHITE SESAME DOT"}},
	{"", nil},
}

func TestFacts(t *testing.T) {
	for _, tt := range factTests {
		t.Run(tt.sentence, func(t *testing.T) {
			got := Facts(tt.sentence)
			assert.Equal(t, tt.want, got)
			for _, f := range got {
				assert.Contains(t, tt.sentence, f)
			}
		})
	}
}

func TestContainsBoundaries(t *testing.T) {
	hay := english.Normalize("In 1867, 12.5 kg of iron cost 1,200 francs; version v2; Curie's lab.")
	for needle, want := range map[string]bool{
		"1867": true, "186": false, "12.5": true, "12": false, "5": false, "1200": true,
		"200": false, "2": true, "curie": true, "cur": false, "iron": true, "ron": false,
	} {
		assert.Equal(t, want, contains(hay, english.Normalize(needle)), needle)
	}
}
