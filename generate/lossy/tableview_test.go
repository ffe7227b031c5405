package lossy

import (
	"context"
	"fmt"
	"os"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/verbatim-rag/verbatim/generate"
)

// ieeeCSV reads testdata/ieeeoui (excerpts of IEEE's MAC address block
// listings, see its README) as the ingest passes a CSV file on: passages
// of a few rows, each under the file's header row.
func ieeeCSV(t *testing.T) []string {
	t.Helper()
	var out []string
	for _, text := range readFiles(t, "testdata/ieeeoui/oui.csv", "testdata/ieeeoui/mam.csv", "testdata/ieeeoui/oui36.csv", "testdata/ieeeoui/iab.csv") {
		lines := strings.Split(strings.TrimSuffix(text, "\n"), "\n")
		for i := 1; i < len(lines); i += 5 {
			out = append(out, lines[0]+"\n"+strings.Join(lines[i:min(i+5, len(lines))], "\n"))
		}
	}
	return out
}

func TestTableView(t *testing.T) {
	mam, err := os.ReadFile("testdata/ieeeoui/mam.csv")
	require.NoError(t, err)
	tests := []struct {
		name, text string
		want       []string // lines the view must hold
		not        []string // text no line may hold
	}{
		{"rows under a header, named by the column its header calls a name", string(mam),
			[]string{" OBO Pro; assignment 8C593C7 organization address 2148 Bering Dr. San Jose CA US 95131",
				" GreatWall Information Co; assignment 9880BB1 organization address No.5,3rd EastRoad,ChangshaEconomic and TechnologicalDevelopment Zone,Hunan,Chian Changsha Hunan CN 410000",
				" Ledger; assignment B0B353A organization address 1 rue du mail Paris FR 75002"},
			[]string{"registry", "MA-M", "Registry"}},
		{"a name most rows share names none", "Registry,Assignment,Organization Name,Organization Address\n" +
			"MA-M,741AE09,Private,Somewhere 1\nMA-M,208593B,IOG Products LLC,9737 LURLINE AVENUE CHATSWORTH CA US 91311 \nMA-M,B0C5CAF,Private,Somewhere 2\n",
			[]string{" IOG Products LLC; assignment 208593B organization address 9737 LURLINE AVENUE CHATSWORTH CA US 91311"},
			[]string{"Private", "741AE09"}},
		{"without a name column, the column with the most letters", "Code,Description,Flags\nAB1,Alpha Bravo One,x\nAB2,Alpha Bravo Two,y\n",
			[]string{" Alpha Bravo One; code AB1 flags x", " Alpha Bravo Two; code AB2 flags y"}, nil},
		{"a row with fewer cells than its header", "Code,Name,Note\nAB1,Alpha,\nAB2,Bravo,late\nAB3,Charlie,early\n",
			[]string{" Bravo; code AB2 note late", " Charlie; code AB3 note early"}, []string{"Alpha"}},
		{"semicolon and tab rows are the delimited rows' view", "Code;Name;Note\nAB1;Alpha;x\nAB2;Bravo;y\n", nil, []string{" Alpha; code"}},
		{"prose with commas", "Ships, trains and planes,\nrun late, early, or never,\nsaid the guard, twice, to us.\n", nil, []string{"Ships", "trains"}},
		{"a lone row under a header", "Code,Name,Note\nAB1,Alpha,x\n", nil, []string{"Alpha"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var b strings.Builder
			writeTableView(&b, tt.text)
			assertViewLines(t, b.String(), tt.want, tt.not)
		})
	}
}

// TestTableViewTrainsTheKeyAfterTheName asks a row's key by its name,
// which the row states after the key: the view states it after the name,
// and neither question is answered without the view.
func TestTableViewTrainsTheKeyAfterTheName(t *testing.T) {
	qas := [][2]string{
		{"What MAC address block is registered to Galios?", "70B3D5EA6"},
		{"Which MA-M block is assigned to Ledger in Paris?", "B0B353A"},
	}
	for _, view := range []bool{true, false} {
		m, err := train(context.Background(), TextSource(ieeeCSV(t)...), Config{Budget: "1GiB"}, trainOpts{noView: !view})
		require.NoError(t, err)
		g := New(m, Config{})
		for _, qa := range qas {
			out, err := g.Generate(context.Background(), generate.Request{Question: qa[0], Mode: generate.Bare}, nil)
			require.NoError(t, err)
			assert.Equal(t, view, strings.Contains(out.Text, qa[1]), "question %q, view %v: answer %q", qa[0], view, out.Text)
		}
	}
}

func TestNameHead(t *testing.T) {
	for name, want := range map[string]string{
		"Shenzhen Duubee Intelligent Technologies Co.,LTD.": "Shenzhen Duubee Intelligent Technologies Co",
		"Paradigm Technology Services B.V.":                 "Paradigm Technology Services B",
		"OBO Pro.2 Inc.":                                    "OBO Pro",
		"Guralp Systems Limited (UK)":                       "Guralp Systems Limited",
		"Teknic, Inc":                                       "Teknic, Inc",
		"iWOW Communications Pte Ltd":                       "iWOW Communications Pte Ltd",
		"Galios":                                            "Galios",
	} {
		assert.Equal(t, want, nameHead(name), name)
	}
}

// sharedTailCSV is a table in oui.csv's shape (made up for this test):
// forty organisations whose names end in the same legal form, "Co.,Ltd",
// each with a key and an address of its own.
func sharedTailCSV() []string {
	words := []string{"Zorblat", "Quendi", "Marvox", "Telluric", "Brisant", "Oxbane", "Kestrin", "Valmora"}
	var out []string
	for p := range 8 {
		rows := []string{"Registry,Assignment,Organization Name,Organization Address"}
		for r := range 5 {
			i := p*5 + r
			rows = append(rows, fmt.Sprintf("MA-L,%02X%04X,\"%s %s%c Electronics Co.,Ltd\",\"No.%d, %s Road, Block %c Dongguan CN %d \"",
				0xA0+i, 0x1000*i+0x9F, words[p], words[r+3], 'a'+p, i+1, words[(p+r)%8], 'A'+r, 523000+i))
		}
		out = append(out, strings.Join(rows, "\n"))
	}
	return out
}

// TestBareReachesPastASharedNameTail asks a key and an address by names
// that differ only before a legal form many rows share: the view states
// the fields after the name's head (see nameHead), within an order-6
// context of the words that tell the names apart. Each fails when the
// view writes the whole name.
func TestBareReachesPastASharedNameTail(t *testing.T) {
	m, err := Train(context.Background(), TextSource(sharedTailCSV()...), Config{Budget: "1GiB"})
	require.NoError(t, err)
	assertBareAnswers(t, New(m, Config{}), [][2]string{
		{"What OUI is assigned to Quendi Oxbaneb Electronics Co.,Ltd?", "A7709F"},
		{"Which MAC address block is registered to Kestrin Telluricg Electronics Co.,Ltd?", "BE1E09F"},
	}, false)
}
