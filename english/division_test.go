package english

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestAsksDivision(t *testing.T) {
	for _, tc := range []struct {
		q    string
		asks bool
	}{
		{"Which section of the Debian Reference covers safe low level network operations?", true},
		{"Which chapter of Debian Reference explains how the system boots up and initializes?", true},
		{"What section number of the Debian New Maintainers' Guide is titled \"Uploading to the Debian archive\"?", true},
		{"What appendix number holds the flowcharts of the maintainer scripts?", true},
		{"Which numbered section of the Debian Reference deals with other tools for monitoring the system?", true},
		{"Which section of the git rev-list manual explains how to look at only the commits that touch a given path?", true},
		{"Which section of the Debian archive is the only one officially part of Debian, according to the Developer's Reference?", false},
		{"Which section is libfrob2 in?", false},
		{"Which package contains the Debian Policy Manual?", false},
		{"Which section of the sshd_config file sets the port?", false}, // a file's sections are no text's parts
		{"Which part of the manual covers the hooks?", true},
		{"Which part of the arm is le coude?", false},
	} {
		lower := strings.Fields(strings.ToLower(strings.Trim(tc.q, "?")))
		head := -1
		for i, w := range lower {
			if w == "which" || w == "what" {
				head = i + 1
				if lower[head] == "numbered" {
					head++
				}
				break
			}
		}
		assert.Equal(t, tc.asks, AsksDivision(lower, head), tc.q)
	}
}

func TestDivisionLabelAndNumber(t *testing.T) {
	for _, tc := range []struct {
		line   string
		label  bool
		number string
	}{
		{"5.4.2.\u00a0Safe low level network operations", true, "5.4.2"},
		{"Chapter\u00a03.\u00a0The system initialization", true, "3"},
		{"9. Maintainer script flowcharts¶", true, "9"},
		{"Appendix\u00a0A.\u00a0Appendix", true, "A"},
		{"[82] See Section\u00a01.1, “Social dynamics of Debian”.", false, "1.1"},
		{"[90] See Debian Policy Manual, 8.1.1 \"ldconfig\".", false, "8.1.1"},
		{"Section 2.1 Overview", true, "2.1"}, // not "2": "Section 2.4 Hooks" is another part
		{"See § 4.2 for the hooks.", false, "4.2"},
		{"Created using Sphinx 5.3.0.", false, ""},
		{"version 1.2.53", false, ""},
		{"It covers many aspects of system administration through shell-command examples for non-developers.", false, ""},
	} {
		assert.Equal(t, tc.label, DivisionLabel(tc.line) > 0, tc.line)
		assert.Equal(t, tc.number, DivisionNumber(tc.line), tc.line)
		if !tc.label {
			assert.Equal(t, tc.number != "", CitesDivision(tc.line), tc.line)
		}
	}
}

func TestIsTopicVerb(t *testing.T) {
	for _, w := range []string{"covers", "describes", "titled", "contains", "listed", "discusses", "consult"} {
		assert.True(t, IsTopicVerb(w), w)
	}
	for _, w := range []string{"network", "boots", "port"} {
		assert.False(t, IsTopicVerb(w), w)
	}
}

func TestIsTableCaption(t *testing.T) {
	for line, want := range map[string]bool{
		"Table\u00a06.2.\u00a0List of mail user agent (MUA)": true,
		"Table 9.3. Default Index Menu Bindings":             true,
		"  Table 2.8. ANSI escape sequences ":                true,
		"Table A.1. Glossary":                                true,
		"Table of Contents":                                  false,
		"Tables 2 and 3 list them.":                          false,
		"table 6.2. lower case":                              false,
	} {
		assert.Equal(t, want, IsTableCaption(line), line)
	}
}
