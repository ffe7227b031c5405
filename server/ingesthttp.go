package server

import (
	"errors"
	"fmt"
	"io"
	"mime"
	"mime/multipart"
	"net/http"
	"os"
	"path/filepath"
	"strings"
)

// maxUploadFiles bounds the files of one upload.
const maxUploadFiles = 1000

// IngestRequest is the JSON body of POST /api/ingest: folders inside the
// allowed roots.
type IngestRequest struct {
	Path  string   `json:"path,omitempty"`
	Paths []string `json:"paths,omitempty"`
	Force bool     `json:"force,omitempty"` // re-extract unchanged files
}

// handleIngest starts an ingest of allowed folders (application/json) or
// of uploaded files (multipart/form-data, any number of file parts) and
// answers 202 with the job; 409 while another ingest runs.
func (s *Server) handleIngest(w http.ResponseWriter, r *http.Request) {
	mt, _, _ := mime.ParseMediaType(r.Header.Get("Content-Type"))
	var (
		job *Job
		err error
	)
	if mt == "multipart/form-data" {
		job, err = s.ingestUpload(w, r)
	} else {
		job, err = s.ingestFolders(w, r)
	}
	if err != nil {
		writeErr(w, err)
		return
	}
	w.Header().Set("Location", "/api/ingest/"+job.ID)
	writeJSON(w, http.StatusAccepted, job)
}

func (s *Server) ingestFolders(w http.ResponseWriter, r *http.Request) (*Job, error) {
	var req IngestRequest
	if err := decodeJSON(w, r, s.cfg.MaxBodyBytes, &req, true); err != nil {
		return nil, err
	}
	paths := req.Paths
	if req.Path != "" {
		paths = append([]string{req.Path}, paths...)
	}
	if len(paths) == 0 || len(paths) > 64 {
		return nil, newError(errBadRequest, "server: give 1 to 64 folders to ingest in \"path\" or \"paths\"")
	}
	roots := make([]string, len(paths))
	for i, p := range paths {
		real, err := s.allowedPath(p)
		if err != nil {
			return nil, err
		}
		roots[i] = real
	}
	job, err := s.jobs.reserve("folder")
	if err != nil {
		return nil, err
	}
	snap := s.jobs.start(job, roots, req.Force)
	return &snap, nil
}

// ingestUpload writes the uploaded files into a fresh folder under the
// upload folder and ingests that folder.
func (s *Server) ingestUpload(w http.ResponseWriter, r *http.Request) (*Job, error) {
	if !s.cfg.AllowUploads {
		return nil, newError(errForbidden, "server: uploads are disabled (server.allow_uploads)")
	}
	job, err := s.jobs.reserve("upload")
	if err != nil {
		return nil, err
	}
	dir := filepath.Join(s.uploadDir, job.ID)
	names, err := s.saveUploads(w, r, dir)
	if err != nil {
		s.jobs.release(job)
		_ = os.RemoveAll(dir)
		return nil, err
	}
	job.Uploaded = names
	snap := s.jobs.start(job, []string{dir}, false)
	return &snap, nil
}

func (s *Server) saveUploads(w http.ResponseWriter, r *http.Request, dir string) ([]string, error) {
	r.Body = http.MaxBytesReader(w, r.Body, s.cfg.MaxUploadBytes)
	mr, err := r.MultipartReader()
	if err != nil {
		return nil, newError(errBadRequest, "server: read upload: %v", err)
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return nil, fmt.Errorf("server: create upload folder: %w", err)
	}
	var names []string
	seen := map[string]bool{}
	for {
		part, err := mr.NextPart()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			return nil, uploadError(err, s.cfg.MaxUploadBytes)
		}
		if part.FileName() == "" {
			_ = part.Close()
			continue
		}
		name, err := safeFileName(part.FileName())
		if err == nil && seen[name] {
			err = newError(errBadRequest, "server: upload has two files named %q", name)
		}
		if err == nil && len(names) >= maxUploadFiles {
			err = newError(errBadRequest, "server: more than %d files in one upload", maxUploadFiles)
		}
		if err == nil {
			err = saveFile(part, filepath.Join(dir, name), s.cfg.MaxUploadBytes)
		}
		_ = part.Close()
		if err != nil {
			return nil, err
		}
		seen[name] = true
		names = append(names, name)
	}
	if len(names) == 0 {
		return nil, newError(errBadRequest, "server: the upload holds no files (multipart parts with a filename)")
	}
	return names, nil
}

func saveFile(part *multipart.Part, path string, limit int64) error {
	f, err := os.OpenFile(path, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o644)
	if err != nil {
		return fmt.Errorf("server: save upload: %w", err)
	}
	_, err = io.Copy(f, part)
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		return uploadError(err, limit)
	}
	return nil
}

func uploadError(err error, limit int64) error {
	var tooBig *http.MaxBytesError
	if errors.As(err, &tooBig) || strings.Contains(err.Error(), "request body too large") {
		return newError(errTooLarge, "server: upload larger than %d bytes", limit)
	}
	return newError(errBadRequest, "server: read upload: %v", err)
}

func (s *Server) handleJobs(w http.ResponseWriter, _ *http.Request) {
	writeJSON(w, http.StatusOK, map[string]any{"jobs": s.jobs.all(), "running": s.jobs.running()})
}

func (s *Server) handleJob(w http.ResponseWriter, r *http.Request) {
	id := r.PathValue("id")
	if err := checkID("ingest job", id, jobIDPattern); err != nil {
		writeErr(w, err)
		return
	}
	job, ok := s.jobs.get(id)
	if !ok {
		writeError(w, http.StatusNotFound, "server: no ingest job %s", id)
		return
	}
	writeJSON(w, http.StatusOK, job)
}
