package english

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestSourceSpan(t *testing.T) {
	tests := []struct {
		q, source string // source: the words SourceSpan finds, "" for none
	}{
		{"How does the Debian Reference describe mawk", "Debian Reference"},
		{"Which iproute2 program does the Debian Reference recommend for low level configuration", "Debian Reference"},
		{"What does incapability mean according to the Collaborative International Dictionary", "Collaborative International Dictionary"},
		{"Who coined the word per the Jargon File", "Jargon File"},
		{"Per the IEEE OUI registry which vendor owns the large MAC address block E0-7C-13", "IEEE OUI registry"}, // "per" opening the question, as "according to" does
		{"Per second how many bytes", ""}, // no work
		{"According to the IEEE registry of 36-bit MAC address blocks in which German town is Cetto Industries based", "IEEE registry"}, // a registry is a work cited
		{"According to the IEEE IAB listing what contact email address does Weinert Engineering GmbH give", "IEEE IAB listing"},
		{"In the IEEE OUI registry what website address is listed for Securifi Ltd", "IEEE OUI registry"},
		{"In the registry which company has the block 70B3D5B73", ""}, // after "in" a work noun alone is where the thing asked is
		{"Where did Davy Crockett die per WordNet", ""},               // a name alone: perhaps what is asked
		{"Whose name does the Git FAQ give as the current maintainer of Git", "Git FAQ"},
		{"Which adjective does GCIDE give for croup", "GCIDE"},
		{"How does the Debian Policy define Essential", "Debian Policy"},
		{"What does the Debian FAQ list as the default editor", "Debian FAQ"}, // "list" the verb, not a noun of the run
		{"What does GCIDE list as the plural", "GCIDE"},
		{"What does DEC stand for", ""},                                                         // the short form asked about
		{"How does Ambrose Bierce define a banker", ""},                                         // a person, not a work
		{"Which property does PropList give MASARAM GONDI SIGN", ""},                            // a file whose records are asked
		{"Which company bought SCO per the UNIX entry", ""},                                     // the X of "the X entry" is what is asked
		{"How does Git store objects", ""},                                                      // no reporting verb
		{"What does Debian call its testing release", ""},                                       // no work noun
		{"What is the long form of JRE as given in the VERA acronym list", "VERA acronym list"}, // a noun qualifying the work's
		{"What is the description given in the ISO 3166-1 schema", ""},                          // a numbered standard: what is asked about
		{"What is a debian/watch file for according to the Debian packaging manual", "Debian packaging manual"},
		{"How many bytes per second", ""},                                                                                    // "per" with no source
		{"The Debian Developer's Reference says it covers interim releases under what name", "Debian Developer's Reference"}, // the work is the subject
		{"Debian Policy gives an example in which every package provides one virtual package what type", "Debian Policy"},
		{"In the Debian FAQ chapter on changes expected in the next release what is the number", "Debian FAQ"}, // a part of the work after it
		{"After running dpkg-divert as the Debian FAQ describes where will the file go", "Debian FAQ"},
		{"What command does the Debian Reference show for running top", "Debian Reference"},
		{"Who wrote the Jargon File", ""},                                   // the work is what is asked about
		{"Which Debian package is the Debian Policy Manual shipped in", ""}, // and here
		{"Which UDP port does NTP use", ""},                                 // a thing asked about uses it: "use" ends a work's name only
		{"Bierce defines a bore as what", ""},                               // a person says it
		{"List the files of the Debian FAQ", ""},                            // "List" opens a request
		{"What is the speed according to Debian policy makers", ""},         // the run goes on
		{"In the Debian Reference which package provides Flatpak support", "Debian Reference"},
		{"In the Debian Reference under which directory does systemd-journald keep its persistent binary log data", "Debian Reference"}, // a preposition before the question word starts the question
		{"In the Debian Reference under the hood what runs", ""},                                                                        // the run goes on past "under"
		{"Which package is described in the Debian Reference as a program for gridfitting", "Debian Reference"},
		{"In GNU screen what keys open a new window", ""}, // where the thing asked is, no work cited
		{"In HTML what does the p tag mean", ""},
		{"How many columns are in the table", ""}, // where the thing asked is
		{"How many rows are in the Unicode file", "Unicode file"},
		{"What does carnivorous mean in the dictionary", "dictionary"},
		{"In the manual's spam command example for mail from MAILER-DAEMON what tag value is given", "manual's"}, // the work's possessive ends the source, whatever follows
		{"When dh_make is run in the guide's example what is the name of the copy", "guide's example"},           // a part of the work, which its text does not name
		{"In the Perl glossary's example what is the fully qualified form of the symbol", "Perl glossary's example"},
		{"According to The Devil's Dictionary what is a bore", "Devil's Dictionary"}, // a name's own possessive goes on
		{"In the Debian Reference's ls -ld example output which group owns /usr/local", "Debian Reference's"},
		{"What command does the Debian FAQ's section on alternatives give for listing them", "Debian FAQ's"}, // in the middle of the question
		{"What does the Debian FAQ's answer say", "Debian FAQ's"},
		{"In the Jargon File's techspeak sense 2 of bit a computational quantity can take on one of how many values", "Jargon File's"},
	}
	for _, tt := range tests {
		bodies := strings.Fields(tt.q)
		lower := strings.Fields(strings.ToLower(tt.q))
		from, to := SourceSpan(lower, bodies)
		got := ""
		if from >= 0 {
			got = strings.Join(bodies[from:to], " ")
		}
		assert.Equal(t, tt.source, got, tt.q)
	}
}

func TestIsCopyrightNotice(t *testing.T) {
	for _, s := range []string{"Copyright © 1996-2021 Software in the Public Interest", "Packaged by Debian Copyright © 2022 Free Software Foundation, Inc.", "(C) 2004 Jane Roe", "Copyright 2019, the Tidewatch authors"} {
		assert.True(t, IsCopyrightNotice(s), s)
	}
	for _, s := range []string{"The copyright of a work lasts 70 years after its author's death.", "Copyright: see the file COPYING", "The © sign marks a notice.", "", "# Unicode Character Database\n# Date: 2022-09-02\n# © 2022 Unicode®, Inc."} {
		assert.False(t, IsCopyrightNotice(s), s)
	}
}

func TestIsLicenseTitle(t *testing.T) {
	for _, tc := range []struct {
		title string
		want  bool
	}{
		{"Appendix C GNU Free Documentation License", true},
		{"GNU GENERAL PUBLIC LICENSE", true},
		{"Licence", true},
		{"Bash Features", false},
		{"Copyright and licensing of packages in the Debian archive and the rules that apply to them", false}, // a long title: a chapter about licences, not one reproduced
		{"", false},
	} {
		assert.Equal(t, tc.want, IsLicenseTitle(tc.title), tc.title)
	}
}

func TestIsAuthorshipWord(t *testing.T) {
	for _, w := range []string{"wrote", "credited", "author", "poet", "penned", "said"} {
		assert.True(t, IsAuthorshipWord(w), w)
	}
	for _, w := range []string{"answers", "speared", "verse", "Poet"} {
		assert.False(t, IsAuthorshipWord(w), w)
	}
}

func TestAuthorSpan(t *testing.T) {
	for q, want := range map[string]string{
		"How does Ambrose Bierce define a banker":                           "Ambrose Bierce",
		"What does Bierce say the Latin phrase cui bono really asks":        "Bierce",
		"In Bierce's entry on the handkerchief, what did our ancestors use": "Bierce's",
		"What does Debian call its testing release":                         "Debian", // the passages tell an author from a project they name
		"What does DEC stand for":                                           "",
		"How does the Debian Reference describe mawk":                       "",
		"What is a banker":                                                  "",
	} {
		bodies := strings.Fields(q)
		lower := strings.Fields(strings.ToLower(q))
		from, to := AuthorSpan(lower, bodies)
		got := ""
		if from >= 0 {
			got = strings.Join(bodies[from:to], " ")
		}
		assert.Equal(t, want, got, q)
	}
}
