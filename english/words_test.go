package english

import (
	"slices"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestUsageLabel(t *testing.T) {
	tests := map[string]string{"n": "noun", "a": "adjective", "obs": "obsolete", "bot": "botany", "syn": "synonym", "the": "", "noun": "",
		"mar": "maritime", "elec": "electricity", "biol": "biology", // "(Mar. Law)", "(Elec.)": a field sense of a dictionary
		"n.pl": "noun", "n.pl.": "noun", "v.t": "verb", "v.i.": "verb", // The Devil's Dictionary's joined labels ("PORTUGUESE, n.pl.")
		"a.m": "", "e.g": "", "p.p": "", "n.x": ""}
	for in, want := range tests {
		assert.Equal(t, want, UsageLabel(in), in)
	}
}

func TestIsCrossReference(t *testing.T) {
	for text, want := range map[string]bool{
		"See {Wax palm}.":                       true,
		"See git-commit(1) for details.":        true,
		"Cf. {Macule}.":                         true,
		"See\n   {Wax palm}.":                   true, // wrapped
		"See also {Borg} and search for pages.": true,
		"Seeds produce an oil.":                 false,
		"The Brazilian wax palm.":               false,
		"* Exit Status::                 Exit status returned by ‘grep’.":          true, // a GNU info menu
		"* return status:                         Exit Status.         (line   6)": true, // a GNU info index
		"* Note: the exit status is 2 on errors.":                                  false,
		"* std::vector holds elements.":                                            false,
		"* fe80::1 is a link-local address.":                                       false,
		"See the revert-a-faulty-merge How-To for more details on why a merge of a topic branch must not be reverted lightly.": false,
	} {
		assert.Equal(t, want, IsCrossReference(text), text)
	}
}

func TestIsDecade(t *testing.T) {
	for s, want := range map[string]bool{"1940s": true, "1960's": true, "1990’s": true, "'60s": true, "2000s": true,
		"1940": false, "40s": false, "s": false, "1940ss": false, "abcds": false, "0800s": false} {
		assert.Equal(t, want, IsDecade(s), s)
	}
}

func TestIsUsageNote(t *testing.T) {
	for s, want := range map[string]bool{
		"Also used adjectively.":        true,
		"Used also adjectively.":        true,
		"Also used as a noun.":          true,
		"Sometimes used adverbially.":   true,
		"Used substantively.":           true,
		"Often used attributively.":     true,
		"One of the Pectinibranchiata.": false,
		"Also used for fishing.":        false,
		"Used in tanning.":              false,
		"In a plenary manner.":          false,
	} {
		assert.Equal(t, want, IsUsageNote(s), s)
	}
}

func TestIsCoordinate(t *testing.T) {
	for s, want := range map[string]bool{"+4813+01620": true, "-3352+15113": true, "+415408+0122711": true, "+2232+08822": true,
		"65000-65533": false, "+0100": false, "1-57398-013-7": false, "4813": false, "+48+016": false} {
		assert.Equal(t, want, IsCoordinate(s), s)
	}
}

func TestIsSynopsis(t *testing.T) {
	for text, want := range map[string]bool{
		"SYNOPSIS lintel -s SCHEMA [-f FORMAT] [-v] [--output=FILE] FILE...": true,
		"git write-tree [--missing-ok] [--prefix=<prefix>/]":                 true,
		"--output=FILE Write the report to FILE as JSON lines.":              false,
		"Use the [-v] flag for more output.":                                 false,
	} {
		assert.Equal(t, want, IsSynopsis(text), text)
	}
}

func TestIsAPIName(t *testing.T) {
	for text, want := range map[string]bool{
		"xmlGetLastError ()":      true,
		"tide_log_open()":         true,
		"◆ gauge_reset()":         true,
		"GLib.Variant.new ()":     true,
		"tide_log_open (log)":     false,
		"Call it ()":              false,
		"()":                      false,
		"See tide_log_open() too": false,
	} {
		assert.Equal(t, want, IsAPIName(text), text)
	}
}

func TestIsDeclaration(t *testing.T) {
	for text, want := range map[string]bool{
		"extern time_t tide_mkutc (struct tm *__tp) __THROW;": true,
		"int tide_open(const char *path);":                    true,
		"x = f(y);":                                           false,
		"/* tide_open(path); */":                              false,
		"#define TIDE_MAX(a) (a);":                            false,
		"Call tide_open (see below).":                         false,
		"if (x) { y(); z(); }":                                false,
		"free (buf);":                                         false,
		"return tide_open(path);":                             false,
	} {
		assert.Equal(t, want, IsDeclaration(text), text)
	}
}

func TestIntroduces(t *testing.T) {
	for text, want := range map[string]bool{
		"You can check your global configuration by the following.":                                                        true, // debian-reference, before a <pre>
		"With apt, you can set a package to hold using":                                                                    true, // the Debian FAQ: the command is the next block
		"If you however prefer to use the same command on any systemd-supported Linux system, for checking the status run": true, // the Debian FAQ, before a <pre>
		"leading to examples\n    like:":                                                                                   true, // the Jargon File
		"An empty disk image can be made using dd(1) as follows.":                                                          true,
		"Examples:": true,
		"You can check your global configuration.":                                              false,
		"He patented the cab in 1834, and sold the rights the following year.":                  false,
		"Each record has a type":                                                                false,
		"The rest of this list is given below the table, on the following page of the book.":    false,
		"Dysodile is an impure, foliated, earthy bitumen, giving off a fetid odor when burning": false, // no full stop, but a statement
		"URL: https://www.debian.org/mirror/list":                                               false,
		"12:30": false,
	} {
		assert.Equal(t, want, Introduces(text), text)
	}
}

func TestOnlyIntroduces(t *testing.T) {
	for text, want := range map[string]bool{
		"You can check your global configuration by the following.":                                                                                                                   true,
		"You can then inspect changes between the old and new upstream sources as follows, watching out for anything suspicious:":                                                     true, // maintguide: "as follows" anywhere before the colon
		"The latest version of the lintian command can be executed in the chroot environment using the hook script /var/cache/pbuilder/hooks/B90lintian configured as follows:  [68]": true, // maintguide, a footnote's mark after the colon
		"The version is given in brackets [2]":          false,
		"With apt, you can set a package to hold using": true,
		"you can use a spam command like this:":         true,
		"To create a DNS resource record (RR) containing a fingerprint of the public host key, use the following command:": true, // openssh's README.dns
		"This package `lftp' contains the following components:":                                                           true,
		"Examples:": true,
		"Debian system uses FreeType 2.0 library to rasterise many scalable font formats for screen and print:":                false, // debian-reference: a fact before its list
		"Git also keeps a pristine copy of Alice's master branch under the name \"origin/master\":":                            false,
		"You can check your global configuration.":                                                                             false,
		"To deactivate a virtual environment, type:":                                                                           true, // the Python tutorial: the command follows
		"To declare a column of type numeric use the syntax:":                                                                  true, // PostgreSQL's manual
		"For example, to declare that Windows-1252 encoding is to be used, the first line of your source code file should be:": true,
		"The Python interpreter is usually installed as /usr/local/bin/python3.11 on those machines where it is available; putting /usr/local/bin in your Unix shell’s search path makes it possible to start it by typing the command:": false,
		"The interpreter reads the file named by the variable:":                                                              false,
		"Example\u00a06.4.\u00a0Installation of the Unstable version of spamassassin":                                        true, // the Debian Handbook: a caption over its listing
		"Table 8.1. Standard Debian Packages":                                                                                true,
		"Example programs are shipped in the package.":                                                                       false,
		"Table 3 shows that ext4 is faster than XFS for small files.":                                                        false, // prose about a table, no caption
		"Figure 3 illustrates the layout:":                                                                                   false,
		"Debian provides three tools for package management that you can use:":                                               false, // a fact, then its list
		"Every column of a PostgreSQL table has a name and a data type:":                                                     false,
		"To print detailed information on the versions available for a package and the packages that reverse-depends on it:": true,  // the Debian FAQ: a purpose alone, the command follows
		"To be fair, the shell provides three ways to quote:":                                                                false, // a clause says something after the purpose
		"To upgrade:": true,
		"These are the sources.list 5 lines for experimental:": true, // the Developer's Reference: the lines follow
		"Here are the steps:": true,
		"When using the Debian mailing lists, please follow these rules:":                                                              true,  // the Debian FAQ: the rules are the list after it
		"Debian packages can be built through the dh_auto_configure and dh_auto_install commands if the following conditions are met:": true,  // maint-guide
		"Unlike crontab files, the files in /etc/cron.d and the file /etc/crontab have seven fields; namely:":                          false, // Debian Policy: how many fields is stated
		"The current Debian GNU/Linux release, 11, contains packages for the following architectures:":                                 false, // the Debian FAQ: the release's number is stated
		"These are the files that Debian keeps in /etc:":                                                                               true,
		"These are worth knowing, but the list is long:":                                                                               false,
		"The canonical syntax for specifying URLs in Mutt is\n(an item enclosed in [] means it is optional and may be omitted):":       true,  // the Mutt manual: what the syntax is follows
		"The process of sponsoring a package is:":                                                                                      true,  // the Developer's Reference: the steps follow
		"The debian-policy package contains the Debian Policy Manual and related documents, which are:":                                false, // what it contains is said first
	} {
		assert.Equal(t, want, OnlyIntroduces(text), text)
	}
}

func TestIsChangeLogSignature(t *testing.T) {
	for text, want := range map[string]bool{
		"2021-06-12  Rafael Quintero  <rquintero@libtarn.example>":                true,
		" -- Ilse Vandermeer <ilse@example.org>  Sat, 19 Jun 2021 10:00:00 +0200": true,
		"\t* src/inflate.c (tarn_inflate_block): Check the window size before":    false,
		"2021-06-12 was a Saturday.":                                              false,
		"Send mail to Rafael Quintero <rquintero@libtarn.example> about it.":      false,
	} {
		assert.Equal(t, want, IsChangeLogSignature(text), text)
	}
	assert.True(t, IsChangeLogTrailer(" -- Ilse Vandermeer <ilse@example.org>  Sat, 19 Jun 2021 10:00:00 +0200"))
	assert.True(t, IsChangeLogEntry("anacron (2.3-36) unstable; urgency=medium"))
	assert.True(t, IsChangeLogEntry("zlib (1:1.2.13.dfsg-1+deb12u1) bookworm; urgency=medium"))
	assert.False(t, IsChangeLogEntry("The anacron (8) daemon runs jobs; see its manual."))
}

func TestAliasSubject(t *testing.T) {
	tests := []struct {
		q        string
		from, to int
	}{
		{"what is another name for the pilcrow sign", 5, 8},
		{"what is the bengali rupee sign also known as", 2, 6},
		{"which character is also called the line marker", -1, -1},
		{"what do hackers call a crash", -1, -1},
	}
	for _, tt := range tests {
		from, to := AliasSubject(strings.Fields(tt.q))
		assert.Equal(t, []int{tt.from, tt.to}, []int{from, to}, tt.q)
	}
}

func TestHoldsSymbol(t *testing.T) {
	tests := []struct {
		text, name string
		want       bool
	}{
		{"The subscript separator $; is \"\\034\".", "$;", true},
		{"Set $;, $, and $\\ to change it.", "$;", true},
		{"The spaceship operator <=> compares.", "<=", false},
		{"a <= b", "<=", true},
		{"nothing here", "$;", false},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, HoldsSymbol(tt.text, tt.name), tt.text)
	}
}

func TestIsNegatorAndContrast(t *testing.T) {
	for _, w := range []string{"not", "no", "never", "without", "don't", "doesn’t"} {
		assert.True(t, IsNegator(w), w)
		assert.True(t, IsContrast(w), w)
	}
	for _, w := range []string{"instead", "rather", "except"} {
		assert.False(t, IsNegator(w), w)
		assert.True(t, IsContrast(w), w)
	}
	for _, w := range []string{"note", "now", "nothing", "do"} {
		assert.False(t, IsContrast(w), w)
	}
}

func TestIsProseCompound(t *testing.T) {
	for w, want := range map[string]bool{
		"non-trivial": true, "self-contained": true, "auto-generated": true, "user-defined": true,
		"apt-file": false, "dpkg-deb": false, "update-alternatives": false, "git-submodule": false, "start-stop-daemon": false,
		"contents-i386": false, "dh_make": false, "trivial": false, "non-": false,
		"pre-commit": false, "post-receive": false, "multi-pack-index": false, "auto-apt": false, "self-insert": false, // commands and hooks (review)
	} {
		assert.Equal(t, want, IsProseCompound(w), w)
	}
}

func TestIsPreposition(t *testing.T) {
	for _, w := range []string{"in", "under", "since", "through", "for", "towards"} {
		assert.True(t, IsPreposition(w), w)
	}
	for _, w := range []string{"which", "what", "the", "when", "In"} {
		assert.False(t, IsPreposition(w), w)
	}
}

func TestIsEraYear(t *testing.T) {
	for _, tc := range []struct {
		text, num string
		want      bool
	}{
		{"the first council of Nice, held a. d. 325; as, antenicene faith.", "325", true}, // GCIDE
		{"Julius Caesar was killed in 44 B.C. in Rome", "44", true},
		{"from 500 BCE onwards", "500", true},
		{"he read 325 lines", "325", false},
		{"a head 325 mm wide", "325", false},
		{"in 100 centuries", "100", false},
		{"the seventh ecumenical council in 787 which refuted", "787", false},
		{"(100-44 BC) Roman general", "44", true},
		{"in AD 79 the eruption", "79", true},
		{"\t8000  BC02 Bluetooth Adapter", "8000", false}, // usb.ids
		{"Eindhoven  NL 5617 BC  ", "5617", false},        // an OUI registry's postcode
		{"\t2701  CE700A KVM Extender", "2701", false},
	} {
		i := strings.Index(tc.text, tc.num)
		assert.Equal(t, tc.want, IsEraYear(tc.text, i, i+len(tc.num)), tc.text)
	}
}

// TestAsksProcedure: "how can I …" asks how to do a task; "how do you
// say …" asks for a word.
func TestAsksProcedure(t *testing.T) {
	for _, tc := range []struct {
		q    string
		want bool
	}{
		{"How can I cut a file that is too big to back up into 2000MiB pieces?", true},
		{"How do I make debuild include the original orig.tar.gz source in an upload?", true},
		{"How can you replace the current shell with a Bash login shell?", true},
		{"How do you say tomato in French?", false},
		{"How would you put the Italian adjective nudo into English?", false},
		{"How do you pronounce the hacker word studlycaps?", false},
		{"How do hackers refer to a program that fails?", false},
		{"How long is the Korvath Tunnel?", false},
	} {
		var lower []string
		for _, w := range strings.Fields(strings.ToLower(tc.q)) {
			lower = append(lower, strings.Trim(w, "?,."))
		}
		assert.Equal(t, tc.want, AsksProcedure(lower), tc.q)
	}
}

func TestStatesMeans(t *testing.T) {
	assert.True(t, StatesMeans("You can get the same emails simply by subscribing to the package."))
	assert.True(t, StatesMeans("Convert it using iconv."))
	assert.False(t, StatesMeans("You need to include the original source, too."))
	assert.False(t, StatesMeans("It is nothing but a string."))
}

func TestCauseMarkers(t *testing.T) {
	for _, tc := range []struct {
		text string
		want []string
	}{
		{"The main section is official because it fully complies with all our guidelines.", []string{"because"}},
		{"Sometimes you have to adjust the severity so that it matches our definition.", []string{"so that"}},
		{"This has been the default since Debian 8.", []string{"since"}},
		{"This has been the default since 1998.", nil},
		{"They are, therefore, often called titlarks.", nil},
	} {
		assert.Equal(t, tc.want, CauseMarkers(tc.text), tc.text)
	}
}

func TestAsksCondition(t *testing.T) {
	for _, tc := range []struct {
		q    string
		want bool
	}{
		{"when does the shell set the restricted_shell option", true},
		{"when is the leading v optional in a perl v-string", true},
		{"when should a package declare a dependency on an essential package", true},
		{"in bash if a variable is unset until when does it remain unset", true},
		{"when was version 2 of the debian reference released", false},
		{"when did upper volta lose its country code", false},
		{"when the fc builtin is not listing what is a value of -0", false},
	} {
		assert.Equal(t, tc.want, AsksCondition(strings.Fields(tc.q)), tc.q)
	}
}

func TestConditionMarkers(t *testing.T) {
	for _, tc := range []struct {
		text string
		want []string
	}{
		{"The shell sets this option if it is started in restricted mode.", []string{"if"}},
		{"After these matches have been generated, any shell function is invoked.", []string{"after"}},
		{"It will remain so until it is reset in that scope or until the function returns.", []string{"until", "until"}},
		{"The v is optional when there are at least three integers.", []string{"when"}},
		{"Released in 2008.", nil},
	} {
		assert.Equal(t, tc.want, ConditionMarkers(tc.text), tc.text)
	}
}

func TestBreaksOff(t *testing.T) {
	for _, tc := range []struct {
		text string
		want bool
	}{
		{"So after you do a cp -a to create a new copy, you’ll want to do", true}, // git's user manual, a command after it
		{"Depending on the spam header to be analyzed, $imap_headers may\nneed to be adjusted.", false},
		{"It is also formed in the putrefaction of proteid matter in general.  ", false},
		{"The other is Pull", true},
		{"Version 2.0 of 1998", true},
	} {
		assert.Equal(t, tc.want, BreaksOff(tc.text), tc.text)
	}
}

func TestSaysWhatCalled(t *testing.T) {
	for text, want := range map[string]bool{
		"Dwimming can require a great\ndeal of behind-the-scenes magic, which (if it doesn’t stay properly\nbehind the scenes) is called a bug.": true,
		"A program\nlike Perl must somehow remember all the names":                                                                               false,
		"Also known as a hash.":                                 true,
		"This is what the recall function does.":                false,
		"This subroutine is called when the program exits.":     false,
		"The function is called by the loader.":                 false,
		"A variable is also called a symbol.":                   true,
		"Also colloquially called SHA-1.":                       true,
		"Called once per file.":                                 false,
		"This hook is called even if --prepare-p4-only is set.": false, // git-p4's p4-prepare-changelist hook: invoked (found by review)
		"It is called only for new files.":                      false,
	} {
		assert.Equal(t, want, SaysWhatCalled(text), text)
	}
}

func TestSaysWhich(t *testing.T) {
	for _, w := range []string{"next", "default", "first", "former", "current"} {
		assert.True(t, SaysWhich(w), w)
	}
	for _, w := range []string{"character", "genus", "division", "subdivision", "vendor", "small"} {
		assert.False(t, SaysWhich(w), w)
	}
}

func TestAsksNameAt(t *testing.T) {
	for _, c := range []struct {
		q    string
		word string
		want bool
	}{
		{"what is device 03e0 named in usb.ids", "named", true},
		{"what is the silicon labs device a000 listed as", "listed", true},
		{"what is the character known as", "known", true},
		{"what is device a000 known for", "known", false},
		{"what is listed after device a000", "listed", false},
		{"what is the entry after device a000", "entry", false},
		{"what is the title of the list", "title", true},
	} {
		f := strings.Fields(c.q)
		i := slices.Index(f, c.word)
		require.GreaterOrEqual(t, i, 0, c.q)
		assert.Equal(t, c.want, AsksNameAt(f, i), c.q)
	}
}

func TestIsHostName(t *testing.T) {
	for w, want := range map[string]bool{
		"bugs.debian.org":     true,
		"(www.iana.org).":     true,
		"ftp.gnu.org.":        true,
		"lists.debian.org,":   true,
		"setup.py":            false,
		"README.md":           false,
		"e.g.":                false,
		"3.14":                false,
		"debian.org/doc/FAQ/": false, // a path: the "://" or "www." of a full address says so
		"org":                 false,
		"bash.info":           false,
		"COMMAND.COM":         false,
		"java.io":             false,
		"-.org":               false,
		"www.bbc.co.uk":       true,
		"debian.de":           false,
	} {
		assert.Equal(t, want, IsHostName(w), w)
	}
}

func TestNameOrigin(t *testing.T) {
	for q, want := range map[string]bool{
		"where did ireland's ribbon society get its name from": true,
		"where does the mineral gymnite get its name from":     true,
		"where does the name fandango on core come from":       true,
		"why is the pipit called a pipit":                      true,
		"where does the ribbon society meet":                   false,
		"what is the name of the society":                      false,
		"why is the main section official":                     false,
		"where did the name server get its configuration from": false,
	} {
		assert.Equal(t, want, AsksNameOrigin(strings.Fields(q)), q)
	}
	for s, want := range map[string]bool{
		"It took\n      its name from the green ribbon worn by members as a badge.":   true,
		"[Gr. gymno`s naked. So\n   called as coming from the Bare Hills, Maryland.]": true,
		"So called from the length of the distal part of the wing.":                   true,
		"named after a friendly dog":                                                  true,
		"A society in Ireland, founded in the early part of the 19th century.":        false,
		"The command is called from the shell.":                                       false,
		"The element owes its name to its colour.":                                    true,
		"hence the name": true,
	} {
		assert.Equal(t, want, GivesNameOrigin(s), s)
	}
}

func TestRefersBack(t *testing.T) {
	tests := []struct {
		text string
		want bool
	}{
		{"The apt-file command may be handy for this task.", true}, // maint-guide: the task is the sentence before's
		{"It is usually marketed as the monohydrate.", true},
		{"This file may contain abort-on-upstream-changes, too.", true},
		{"Such packages are not part of Debian.", true},
		{"You can compare two diff.gz files with the interdiff(1) command.", false},
		{"This is the default merge strategy.", true},          // opens with "This"
		{"Some shells, such as zsh, read other files.", false}, // "such as" names, it does not refer
		{"The standard version uses 7 bits for each character.", false},
		{"It", false}, // too short to say anything
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, RefersBack(tt.text), tt.text)
	}
}

func TestReversingPrefix(t *testing.T) {
	for _, tc := range []struct {
		word string
		want bool
	}{
		{"non", true}, {"anti", true}, {"counter", true},
		{"sidebar", false}, {"compile", false}, {"self", false}, {"", false},
	} {
		assert.Equal(t, tc.want, ReversingPrefix(tc.word), tc.word)
	}
}
