package com.dealtrace.bundle;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import com.dealtrace.security.Viewer;
import com.dealtrace.web.FormOutcome;
import com.dealtrace.web.Notice;
import jakarta.servlet.http.HttpServletResponse;

import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartFile;

/** Bundles in the browser: members download any deal as a bundle; editors upload bundles to import. */
@Controller
class BundleController {

    private final BundleService bundles;
    private final BundleImporter importer;
    private final JsonMapper json;

    BundleController(BundleService bundles, BundleImporter importer, JsonMapper json) {
        this.bundles = bundles;
        this.importer = importer;
        this.json = json;
    }

    @GetMapping("/deals/{slug}/bundle.json")
    @ResponseBody
    ResponseEntity<byte[]> download(@PathVariable String slug, Viewer viewer) {
        byte[] body = json.writerWithDefaultPrettyPrinter().writeValueAsString(bundles.export(slug, viewer.audience()))
                .getBytes(StandardCharsets.UTF_8);
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_JSON)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(slug + ".bundle.json").build().toString())
                .body(body);
    }

    @GetMapping("/bundles/import")
    String page() {
        return "bundle/import";
    }

    @PostMapping("/bundles/import")
    String upload(@RequestParam(required = false) MultipartFile file, Viewer viewer, Model model,
            HttpServletResponse response) throws IOException {
        if (file == null || file.isEmpty()) {
            FormOutcome.rejected(response);
            model.addAttribute("failure", Notice.of("bundle.failure.noFile"));
            return "bundle/import";
        }
        try {
            model.addAttribute("result", importer.importFrom(file.getInputStream(), viewer));
            model.addAttribute("fileName", file.getOriginalFilename());
        }
        catch (InvalidBundleException ex) {
            FormOutcome.rejected(response);
            model.addAttribute("failure", Notice.of("bundle.failure.problems", ex.total()));
            model.addAttribute("problems", ex.problems());
            if (ex.total() > ex.problems().size()) {
                model.addAttribute("problemsListed", Notice.of("bundle.failure.firstProblems", ex.problems().size()));
            }
        }
        catch (BundleImporter.Busy ex) {
            response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
            model.addAttribute("failure", Notice.of("bundle.failure.busy"));
        }
        catch (BundleReader.Malformed | BundleReader.TooLarge ex) {
            FormOutcome.rejected(response);
            model.addAttribute("failure", Notice.of("bundle.failure.unreadable", ex.getMessage()));
        }
        return "bundle/import";
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    String tooLarge(Model model, HttpServletResponse response) {
        response.setStatus(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
        model.addAttribute("failure", Notice.of("bundle.failure.tooLarge"));
        return "bundle/import";
    }
}
