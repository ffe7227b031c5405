package reader

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/verbatim-rag/verbatim/english"
)

// Session 28 review: counter-examples to 9e15b28 (a preposition before
// the wh-phrase), 6ba719e (a header cell qualified by a code) and 10fe25a
// (a schema field's description; files named around another number). The
// texts are real: debref passages as ingest extracts and chunks the
// Debian Reference's HTML (the chunks bench/qa hands the reader for these
// questions), and iso-codes' JSON schemas as shipped.
var (
	ch01Major    = doc{"ch01.en.html", "Chapter 1. GNU/Linux tutorials", "The device node number are displayed by executing ls(1) as the following.\n\n$ ls -l /dev/sda /dev/sr0 /dev/ttyS0 /dev/zero\nbrw-rw---T  1 root disk     8,  0 Oct 16 20:57 /dev/sda\nbrw-rw---T+ 1 root cdrom   11,  0 Oct 16 21:53 /dev/sr0\ncrw-rw---T  1 root dialout  4, 64 Oct 16 20:57 /dev/ttyS0\ncrw-rw-rw-  1 root root     1,  5 Oct 16 20:57 /dev/zero\n\n\"/dev/sda\" has the major device number 8 and the minor device number 0. This is read/write accessible by users belonging to the disk group.\n\n\"/dev/sr0\" has the major device number 11 and the minor device number 0. This is read/write accessible by users belonging to the cdrom group.\n\n\"/dev/ttyS0\" has the major device number 4 and the minor device number 64. This is read/write accessible by users belonging to the dialout group."}
	ch11Head     = doc{"ch11.en.html", "Chapter 11. Data conversion", "Chapter\u00a011.\u00a0Data conversion\n\nTools and tips for converting data formats on the Debian system are described.\n\nStandard based tools are in very good shape but support for proprietary data formats are limited."}
	ch04Cgroup   = doc{"ch04.en.html", "Chapter 4. Authentication and access controls", "Since kernel version 5.6, there are 8 kinds of namespaces (see namespaces(7), unshare(1), nsenter(1)).\n\nAs of Debian 11 Bullseye (2021), Debian uses unified cgroup hierarchy (a.k.a. cgroups-v2).\n\nUsage examples of namespaces with cgroups to isolate their processes and to allow resource control are:\n\nSystemd. See Section\u00a03.2, \u201cSystemd init\u201d.\n\nSandbox environment. See Section\u00a07.6, \u201cSandbox\u201d.\n\nLinux containers such as Docker, LXC. See Section\u00a09.11, \u201cVirtualized system\u201d.\n\nThese functionalities can't be realized by Section\u00a04.1, \u201cNormal Unix authentication\u201d. These advanced topics are mostly out-of-scope for this introductory document."}
	ch09Firmware = doc{"ch09.en.html", "Chapter 9. System tips", "firmware-linux-* (non-free-firmware)\n\n*-firmware (non-free-firmware)\n\nintel-microcode (non-free-firmware)\n\namd64-microcode (non-free-firmware)\n\nThe firmware update program packages which update data on the non-volatile memory on the target device.\n\nfwupd (main): Firmware update daemon which downloads firmware data from Linux Vendor Firmware Service.\n\ngnome-firmware (main): GTK front end for fwupd\n\nplasma-discover-backend-fwupd (main): Qt front end for fwupd\n\nPlease note that access to non-free-firmware packages are provided by the official installation media to offer functional installation experience to the user since Debian 12 Bookworm. The non-free-firmware area is described in Section\u00a02.1.4, \u201cDebian archive basics\u201d."}
	ch12Head     = doc{"ch12.en.html", "Chapter 12. Programming", "Chapter\u00a012.\u00a0Programming\n\nI provide some pointers for people to learn programming on the Debian system enough to trace the packaged source code. Here are notable packages and corresponding documentation packages for programming.\n\nOnline references are available by typing \"man name\" after installing manpages and manpages-dev packages. Online references for the GNU tools are available by typing \"info program_name\" after installing the pertinent documentation packages. You may need to include the contrib and non-free archives in addition to the main archive since some GFDL documentations are not considered to be DFSG compliant.\n\nPlease consider to use version control system tools. See Section\u00a010.5, \u201cGit\u201d."}
	makeTable    = doc{"ch12.en.html", "Chapter 12. Programming", "Table\u00a012.18.\u00a0List of make variable expansions\n\nvariable expansion\tdescription\n\nfoo1 := bar\tone-time expansion\nfoo2 = bar\trecursive expansion\nfoo3 += bar\tappend\n\nRun \"make -p -f/dev/null\" to see automatic internal rules.\n\n12.6.2.\u00a0Autotools\n\nAutotools is a suite of programming tools designed to assist in making source code packages portable to many Unix-like systems.\n\nAutoconf is a tool to produce a shell script \"configure\" from \"configure.ac\".\n\n\"configure\" is used later to produce \"Makefile\" from \"Makefile.in\" template.\n\nAutomake is a tool to produce \"Makefile.in\" from \"Makefile.am\".\n\nLibtool is a shell script to address the software portability problem when compiling shared libraries from source code."}
	schema639_3  = doc{"schema-639-3.json", "", "{\n  \"$schema\": \"http://json-schema.org/draft-04/schema#\",\n\n  \"title\": \"ISO 639-3\",\n  \"description\": \"ISO 639-3 language codes\",\n  \"type\": \"object\",\n\n  \"properties\": {\n\t\"639-3\": {\n      \"type\": \"array\",\n      \"items\": {\n        \"type\": \"object\",\n        \"properties\": {\n          \"alpha_3\": {\n            \"description\": \"Three letter terminology code of the language\",\n            \"type\": \"string\",\n            \"pattern\": \"^[a-z]{3}$\"\n          },\n          \"name\": {\n            \"description\": \"Reference name of the language\",\n            \"type\": \"string\",\n            \"minLength\": 1\n          },\n          \"scope\": {\n            \"description\": \"Scope of the language: I(ndividual), M(acrolanguage), S(pecial)\",\n            \"type\": \"string\",\n            \"pattern\": \"^[IMS]$\"\n          },\n          \"type\": {\n            \"description\": \"Type of the language: A(ncient), C(onstructed), E(xtinct), H(istorical), L(iving), S(pecial)\",\n            \"type\": \"string\",\n            \"pattern\": \"^[ACEHLS]$\"\n          },\n          \"alpha_2\": {\n            \"description\": \"Two letter alphabetic code of the language from part 1 (optional)\",\n            \"type\": \"string\",\n            \"pattern\": \"^[a-z]{2}$\"\n          },\n          \"common_name\": {\n            \"description\": \"Common name of the language (optional)\",\n            \"type\": \"string\",\n            \"minLength\": 1\n          },\n          \"inverted_name\": {\n            \"description\": \"Inverted name of the language (optional)\",\n            \"type\": \"string\",\n            \"minLength\": 1\n          },\n          \"bibliographic\": {\n            \"description\": \"Three letter bibliographic code of the language from part 2 (optional)\",\n            \"type\": \"string\",\n            \"pattern\": \"^[a-z]{3}$\"\n          }\n        },\n        \"required\": [\"alpha_3\", \"name\", \"scope\", \"type\"],\n        \"additionalProperties\": false\n      }\n    }\n  },\n  \"additionalProperties\": false\n}\n"}
	schema3166_2 = doc{"schema-3166-2.json", "", "{\n  \"$schema\": \"http://json-schema.org/draft-04/schema#\",\n\n  \"title\": \"ISO 3166-2\",\n  \"description\": \"ISO 3166-2 country and subdivision codes\",\n  \"type\": \"object\",\n\n  \"properties\": {\n    \"3166-2\": {\n      \"type\": \"array\",\n      \"items\": {\n        \"type\": \"object\",\n        \"properties\": {\n          \"code\": {\n            \"description\": \"Code of the country subset item\",\n            \"type\": \"string\",\n            \"pattern\": \"^[A-Z]{2}-[A-Z0-9]+$\"\n          },\n          \"name\": {\n            \"description\": \"Name of the country subset item\",\n            \"type\": \"string\",\n            \"minLength\": 1\n          },\n          \"parent\": {\n            \"description\": \"Parent of the country subset item (optional)\",\n            \"type\": \"string\",\n            \"minLength\": 1\n          },\n          \"type\": {\n            \"description\": \"Type of subset of the country\",\n            \"type\": \"string\"\n          }\n        }\n      },\n      \"required\": [\"code\", \"name\", \"type\"],\n      \"additionalProperties\": false\n    }\n  },\n  \"additionalProperties\": false\n}\n"}
)

// 10fe25a (b): a number a question states as a fact ("major device number
// 11", "Debian 11", "Debian 12") matches a chapter file's number, and the
// chapter's opening passage ("Chapter 11. Data conversion") is retrieved
// for that very number. numberedSiblings then takes "11" as naming
// ch11.en.html and sets apart every other chapter, the one that answers
// included: its units bind half as well and the reader declines
// (confidence about 0.7 against about 0.97 without the rule).
func TestReviewS28ChapterNumberNamesNoChapter(t *testing.T) {
	r := New(nil)
	for _, tc := range []struct {
		q, want string
		docs    []doc
	}{
		{"Which device has the major device number 11?", `"/dev/sr0" has the major device number 11`, []doc{ch01Major, ch11Head}},
		{"As of Debian 11, which cgroup hierarchy does Debian use?", "unified cgroup hierarchy", []doc{ch04Cgroup, ch11Head}},
		{"Since Debian 12, what do the official installation media provide to offer functional installation experience?", "non-free-firmware packages", []doc{ch09Firmware, ch12Head}},
	} {
		t.Run(tc.q, func(t *testing.T) {
			srcs := sources(tc.docs...)
			a := r.Read(tc.q, srcs)
			assert.Contains(t, answerText(a, srcs), tc.want, r.Explain(tc.q, srcs, 3))
		})
	}
}

// 10fe25a (b): a question that names two numbered files sets each apart
// as the other's sibling, so every file it names is vetoed. A file a
// number of the question names is never another number's sibling.
func TestReviewS28TwoNumbersNameTwoFiles(t *testing.T) {
	files := []string{"iso_639-2.json", "iso_639-3.json", "iso_3166-1.json"}
	want := []bool{false, false, true}
	var ps []*passage
	for _, f := range files {
		ps = append(ps, &passage{file: f})
	}
	q := "Which ISO 639-3 code matches the ISO 639-2 bibliographic code ger?"
	namesFiles(&question{text: q}, ps)
	for k, p := range ps {
		assert.Equal(t, want[k], p.sibling, p.file)
	}
}

// 10fe25a (a): a field named after a JSON Schema keyword ("type", in
// iso-codes' 639-3 and 3166-2 schemas). The description in the object
// `"type": {` gets fit 1, but the schema's own `"type": "object"` and
// `"type": "array"` members, outside that object, match the field's key
// and keep fit 0.5: one of them is read as the answer.
func TestReviewS28SchemaFieldNamedLikeKeyword(t *testing.T) {
	r := New(nil)
	for _, tc := range []struct {
		q    string
		d    doc
		want string
	}{
		{"In the ISO 639-3 schema, what does the type field hold?", schema639_3, "Type of the language: A(ncient), C(onstructed), E(xtinct), H(istorical), L(iving), S(pecial)"},
		{"In the ISO 3166-2 schema, what does the type field hold?", schema3166_2, "Type of subset of the country"},
	} {
		t.Run(tc.q, func(t *testing.T) {
			srcs := sources(tc.d)
			a := r.Read(tc.q, srcs)
			assert.Equal(t, tc.want, answerText(Answer{Pieces: a.Best}, srcs), r.Explain(tc.q, srcs, 3))
		})
	}
}

// 6ba719e: HTML tables whose real header comes out as a sentence
// ("variable expansion\tdescription", "setting\tvalue", "RFC\tdescription")
// leave their first body row as the header candidate, and a body row of
// short cells with a code beside a word ("foo1 := bar", "GRUB2 modules
// loaded", "rfc1939 and rfc2449", "pam_cracklib.so retry=3") now passes
// for column names: the rows under it get data as their header. Of the
// rows the change newly takes as headers in the bench corpora, six are
// data like these (bash.html, debref ch02, ch03, ch04, ch06, ch12) and
// two are headers (maintguide's multiarch table, debref ch05's net-tools
// table).
func TestReviewS28FirstBodyRowIsNoHeader(t *testing.T) {
	for _, tc := range []struct{ name, text, first string }{
		{"make variable expansions (debref ch12)", "Table\u00a012.18.\u00a0List of make variable expansions\n\nvariable expansion\tdescription\n\nfoo1 := bar\tone-time expansion\nfoo2 = bar\trecursive expansion\nfoo3 += bar\tappend", "foo1 := bar\tone-time expansion"},
		{"grub.cfg menu entry (debref ch03)", "Table\u00a03.2.\u00a0The meaning of the menu entry of the above part of /boot/grub/grub.cfg\n\nsetting\tvalue\n\nGRUB2 modules loaded\tgzio, part_gpt, ext2\nroot file system partition used\tpartition identified by UUID=fe3e1db5-6454-46d6-a14c-071208ebe4b1\nkernel image path in the root file system\t/boot/vmlinuz-5.10.0-6-amd64\nkernel boot parameter used\t\"root=UUID=fe3e1db5-6454-46d6-a14c-071208ebe4b1 ro quiet\"\ninitrd image path in the root file system\t/boot/initrd.img-5.10.0-6-amd64", "GRUB2 modules loaded\tgzio, part_gpt, ext2"},
		{"popular RFCs (debref ch06)", "Table\u00a06.14.\u00a0List of popular RFCs\n\nRFC\tdescription\n\nrfc1939 and rfc2449\tPOP3 service\nrfc3501\tIMAP4 service\nrfc2821 (rfc821)\tSMTP service\nrfc2822 (rfc822)\tMail file format\nrfc2045\tMultipurpose Internet Mail Extensions (MIME)\nrfc819\tDNS service\nrfc2616\tHTTP service\nrfc2396\tURI definition", "rfc1939 and rfc2449\tPOP3 service"},
		{"common-password (debref ch04)", "# here are the per-package modules (the \"Primary\" block)\npassword\trequisite\t\t\tpam_cracklib.so retry=3 minlen=8 difok=3\npassword\t[success=1 default=ignore]\tpam_unix.so obscure use_authtok try_first_pass yescrypt\n# here's the fallback if no module succeeds\npassword\trequisite\t\t\tpam_deny.so", "password\trequisite\t\t\tpam_cracklib.so retry=3 minlen=8 difok=3"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			start := strings.Index(tc.text, tc.first)
			assert.GreaterOrEqual(t, start, 0)
			for _, u := range english.Units(tc.text) {
				assert.NotEqual(t, start, u.Header.Start, "%q is read as the header of %q", tc.first, tc.text[u.Start:u.End])
			}
		})
	}
}

// 6ba719e, as the reader sees it: "foo1 := bar | one-time expansion" as
// the header lends "one-time expansion" to the foo2 and foo3 rows, and
// the foo2 row outranks the row that answers (answered at 0.89 before the
// change, declined with the wrong row first after it).
func TestReviewS28DataHeaderLendsItsWords(t *testing.T) {
	r := New(nil)
	q := "Which assignment gives a one-time expansion in make?"
	srcs := sources(makeTable)
	a := r.Read(q, srcs)
	assert.Equal(t, "foo1 := bar\tone-time expansion", answerText(a, srcs), r.Explain(q, srcs, 3))
}

// 9e15b28: probes that hold (no counter-example found): after "To/As/In
// which …", a later when/who is a clause's conjunction.
func TestReviewS28PrepositionThenWh(t *testing.T) {
	for _, tc := range []struct {
		q    string
		kind Kind
	}{
		{"To which directory does dpkg unpack files when a package is installed?", Name},
		{"As which user does cron run jobs when no user is given?", Name},
		{"In which section does the policy say who may upload?", Name},
	} {
		q := analyze(tc.q, func(string) float64 { return 1 })
		assert.Equal(t, tc.kind, q.kind, tc.q)
	}
}
