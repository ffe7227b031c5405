package server

import (
	"bytes"
	"context"
	"mime/multipart"
	"net/http"
	"net/url"
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/verbatim-rag/verbatim/generate"
)

func TestIngestFolder(t *testing.T) {
	root := writeFiles(t, map[string]string{
		"notes/zephyr.md": "# Zephyrine Hall\n\nZephyrine Hall was built in 1904 by the architect Orla Penhallow.\n",
		"notes/other.txt": "Nothing about halls here, only the weather.\n",
	})
	retrained := make(chan struct{}, 1)
	cfg := DefaultConfig()
	cfg.AllowRoots = []string{root}
	_, ts := newTestServer(t, cfg, func(d *Deps) {
		d.AfterIngest = func(context.Context) (generate.Generator, error) {
			retrained <- struct{}{}
			return &fakeGen{name: "fake-retrained"}, nil
		}
	})
	code, b, h := do(t, "POST", ts.URL+"/api/ingest", IngestRequest{Path: root + "/notes"})
	require.Equal(t, http.StatusAccepted, code, "%s", b)
	job := decode[Job](t, b)
	assert.Equal(t, "/api/ingest/"+job.ID, h.Get("Location"))
	assert.Equal(t, []string{root + "/notes"}, job.Roots)

	job = waitJob(t, ts.URL, job.ID)
	require.Equal(t, JobDone, job.State, job.Error)
	require.NotNil(t, job.Report)
	assert.Len(t, job.Report.Added, 2)
	assert.Equal(t, "fake-retrained", job.Generator)
	assert.Len(t, retrained, 1)
	assert.Equal(t, 2, job.Progress.FilesTotal)

	code, b, _ = do(t, "GET", ts.URL+"/api/search?q=Zephyrine", nil)
	require.Equal(t, http.StatusOK, code)
	assert.Contains(t, string(b), "Orla Penhallow")
	code, b, _ = do(t, "GET", ts.URL+"/api/stats", nil)
	require.Equal(t, http.StatusOK, code)
	assert.Contains(t, string(b), `"generator":"fake-retrained"`)

	// Unchanged: no retraining.
	code, b, _ = do(t, "POST", ts.URL+"/api/ingest", IngestRequest{Path: root + "/notes"})
	require.Equal(t, http.StatusAccepted, code, "%s", b)
	job = waitJob(t, ts.URL, decode[Job](t, b).ID)
	assert.Len(t, job.Report.Unchanged, 2)
	assert.Empty(t, job.Generator)
	assert.Len(t, retrained, 1)

	code, b, _ = do(t, "GET", ts.URL+"/api/ingest", nil)
	require.Equal(t, http.StatusOK, code)
	assert.Len(t, decode[struct{ Jobs []Job }](t, b).Jobs, 2)
	code, _, _ = do(t, "GET", ts.URL+"/api/ingest/0123456789abcdef", nil)
	assert.Equal(t, http.StatusNotFound, code)
}

func TestIngestBusy(t *testing.T) {
	root := writeFiles(t, map[string]string{"a.md": "# A\n\nAlpha beta gamma.\n"})
	release := make(chan struct{})
	cfg := DefaultConfig()
	cfg.AllowRoots = []string{root}
	_, ts := newTestServer(t, cfg, func(d *Deps) {
		d.AfterIngest = func(ctx context.Context) (generate.Generator, error) {
			select {
			case <-release:
			case <-ctx.Done():
			}
			return nil, nil
		}
	})
	code, b, _ := do(t, "POST", ts.URL+"/api/ingest", IngestRequest{Path: root})
	require.Equal(t, http.StatusAccepted, code, "%s", b)
	id := decode[Job](t, b).ID
	code, b, _ = do(t, "POST", ts.URL+"/api/ingest", IngestRequest{Path: root})
	assert.Equal(t, http.StatusConflict, code, "%s", b)
	code, b = postUpload(t, ts.URL, uploadBody(t, map[string]string{"x.md": "x"}))
	assert.Equal(t, http.StatusConflict, code, "%s", b)
	code, _, _ = do(t, "POST", ts.URL+"/api/ask", AskRequest{Question: question})
	assert.Equal(t, http.StatusOK, code, "questions keep working during an ingest")
	close(release)
	assert.Equal(t, JobDone, waitJob(t, ts.URL, id).State)
}

// multipartBody is an encoded upload.
type multipartBody struct {
	body        []byte
	contentType string
}

func uploadBody(t testing.TB, files map[string]string) multipartBody {
	t.Helper()
	var buf bytes.Buffer
	mw := multipart.NewWriter(&buf)
	require.NoError(t, mw.WriteField("note", "a plain field is ignored"))
	for name, content := range files {
		w, err := mw.CreateFormFile("file", name)
		require.NoError(t, err)
		_, err = w.Write([]byte(content))
		require.NoError(t, err)
	}
	require.NoError(t, mw.Close())
	return multipartBody{buf.Bytes(), mw.FormDataContentType()}
}

func postUpload(t testing.TB, base string, u multipartBody) (int, []byte) {
	t.Helper()
	res, err := http.Post(base+"/api/ingest", u.contentType, bytes.NewReader(u.body))
	require.NoError(t, err)
	defer res.Body.Close()
	var b bytes.Buffer
	_, err = b.ReadFrom(res.Body)
	require.NoError(t, err)
	return res.StatusCode, b.Bytes()
}

func TestIngestUpload(t *testing.T) {
	s, ts := newTestServer(t, DefaultConfig())
	content := "# Brannoch Weir\n\nThe Brannoch Weir was raised in 1822 to feed the mill race.\n"
	code, b := postUpload(t, ts.URL, uploadBody(t, map[string]string{"weir.md": content}))
	require.Equal(t, http.StatusAccepted, code, "%s", b)
	job := waitJob(t, ts.URL, decode[Job](t, b).ID)
	require.Equal(t, JobDone, job.State, job.Error)
	assert.Equal(t, "upload", job.Source)
	assert.Equal(t, []string{"weir.md"}, job.Uploaded)
	require.Len(t, job.Report.Added, 1)
	assert.Equal(t, filepath.ToSlash(filepath.Join(s.uploadDir, job.ID, "weir.md")), job.Report.Added[0])

	code, b, _ = do(t, "GET", ts.URL+"/api/search?q="+url.QueryEscape("Brannoch Weir"), nil)
	require.Equal(t, http.StatusOK, code)
	res := decode[SearchResponse](t, b)
	require.NotEmpty(t, res.Results)
	code, raw, _ := do(t, "GET", ts.URL+"/api/documents/"+res.Results[0].DocID+"/raw", nil)
	require.Equal(t, http.StatusOK, code)
	assert.Equal(t, content, string(raw))

	tests := []struct {
		name  string
		files map[string]string
		want  int
	}{
		{"dot dot", map[string]string{"..": "x"}, 400},
		{"hidden", map[string]string{".env": "x"}, 400},
		{"no files", map[string]string{}, 400},
		{"control char", map[string]string{"a\x01.md": "x"}, 400},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, b := postUpload(t, ts.URL, uploadBody(t, tt.files))
			assert.Equal(t, tt.want, code, "%s", b)
		})
	}
	// Path elements in a file name are dropped: the file lands in the job folder.
	code, b = postUpload(t, ts.URL, uploadBody(t, map[string]string{"../../evil.md": "# Evil\n\nEvil text here.\n"}))
	require.Equal(t, http.StatusAccepted, code, "%s", b)
	job = waitJob(t, ts.URL, decode[Job](t, b).ID)
	assert.Equal(t, []string{"evil.md"}, job.Uploaded)
	_, err := os.Stat(filepath.Join(s.uploadDir, job.ID, "evil.md"))
	require.NoError(t, err)
	_, err = os.Stat(filepath.Join(filepath.Dir(s.uploadDir), "evil.md"))
	assert.True(t, os.IsNotExist(err))
}

// TestUploadRootIsAbsolute: an upload folder configured relative (or a
// data folder given relative) is made absolute, so an upload job's roots
// are absolute like every other path the API gives.
func TestUploadRootIsAbsolute(t *testing.T) {
	cfg := DefaultConfig()
	cfg.UploadDir = "rel-uploads"
	work := t.TempDir()
	// The working folder changes once the fixture corpus is built.
	_, ts := newTestServer(t, cfg, func(*Deps) { t.Chdir(work) })
	code, b := postUpload(t, ts.URL, uploadBody(t, map[string]string{"weir.md": "# Weir\n\nRaised in 1822.\n"}))
	require.Equal(t, http.StatusAccepted, code, "%s", b)
	job := waitJob(t, ts.URL, decode[Job](t, b).ID)
	require.Equal(t, JobDone, job.State, job.Error)
	require.Len(t, job.Roots, 1)
	assert.True(t, filepath.IsAbs(job.Roots[0]), job.Roots[0])
	require.Len(t, job.Report.Added, 1)
	assert.True(t, filepath.IsAbs(job.Report.Added[0]), job.Report.Added[0])
}

func TestUploadLimit(t *testing.T) {
	cfg := DefaultConfig()
	cfg.MaxUploadBytes = 1024
	_, ts := newTestServer(t, cfg)
	code, b := postUpload(t, ts.URL, uploadBody(t, map[string]string{"big.md": string(bytes.Repeat([]byte("a"), 4096))}))
	assert.Equal(t, http.StatusRequestEntityTooLarge, code, "%s", b)
	cfg.AllowUploads = false
	_, ts = newTestServer(t, cfg)
	code, b = postUpload(t, ts.URL, uploadBody(t, map[string]string{"a.md": "a"}))
	assert.Equal(t, http.StatusForbidden, code, "%s", b)
}

// TestIngestSettlesOwedMerge: an ingest job goes through the same
// BeginIngest/EndIngest as the CLI's. The note a killed ingest left
// (index.OweCompact) is honoured, merging the index even though nothing
// changed, and cleared; a server ingest neither wrote nor read it, so BM25
// after a resumed server ingest could score otherwise than after a fresh
// one.
func TestIngestSettlesOwedMerge(t *testing.T) {
	root := writeFiles(t, map[string]string{"a.md": "# A\n\nAlpha beta gamma.\n", "b.md": "# B\n\nDelta epsilon.\n"})
	cfg := DefaultConfig()
	cfg.AllowRoots = []string{root}
	s, ts := newTestServer(t, cfg)
	ingestJob := func() Job {
		code, b, _ := do(t, "POST", ts.URL+"/api/ingest", IngestRequest{Path: root})
		require.Equal(t, http.StatusAccepted, code, "%s", b)
		job := waitJob(t, ts.URL, decode[Job](t, b).ID)
		require.Equal(t, JobDone, job.State, job.Error)
		return job
	}
	ingestJob()
	owed, err := s.corpus.CompactOwed()
	require.NoError(t, err)
	assert.False(t, owed, "a finished job settles its note")

	require.NoError(t, s.corpus.OweCompact()) // as an ingest killed mid-way leaves it
	job := ingestJob()
	assert.Len(t, job.Report.Unchanged, 2)
	owed, err = s.corpus.CompactOwed()
	require.NoError(t, err)
	assert.False(t, owed, "the owed merge is done")
	n, err := s.corpus.Segments()
	require.NoError(t, err)
	assert.Equal(t, 1, n)
}
