package com.dealtrace.bundle;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.OffsetDateTime;

import com.dealtrace.security.ApiTokens;
import com.dealtrace.support.As;
import com.dealtrace.support.DealtraceTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/** Issue 11, defect 2: only admins grade, and a grade that comes in a bundle never takes another user's name. */
@DealtraceTest
@Transactional
class ImportedGradesTest {

    /** A deal with no sources and a grade that claims to be the admin's: what an editor's token once imported. */
    private static final String FORGED = """
            {"format": "dealtrace-bundle", "version": 1,
             "deals": [{"slug": "forged-grade-deal", "title": "Forged grade deal", "type": "PARTNERSHIP", "status": "ACTIVE",
                        "state": "PUBLISHED",
                        "grades": [{"score": 0.50, "rationale": "First look", "assessedBy": "analyst", "assessedAt": "2024-05-01T08:00:00Z"},
                                   {"score": 0.99, "rationale": "Trust me", "assessedBy": "admin", "assessedAt": "2024-05-20T09:30:00Z"}]}]}
            """;

    @Autowired
    MockMvcTester mvc;

    @Autowired
    ApiTokens tokens;

    @Autowired
    JdbcClient jdbc;

    @Test
    void anEditorsTokenCannotImportGradesAndEachGradeIsAProblem() {
        var result = api(FORGED, "editor");

        assertThat(result).hasStatus(422).hasContentType("application/problem+json");
        assertThat(result).bodyJson().extractingPath("$.errors[*].path").asArray()
                .containsExactly("$.deals[0].grades[0]", "$.deals[0].grades[1]");
        assertThat(result).bodyJson().extractingPath("$.errors[0].message").asString().contains("only admins import grades");
        assertThat(count("deal where slug = 'forged-grade-deal'")).isZero();
        assertThat(mvc.get().uri("/deals/forged-grade-deal/sources").exchange()).hasStatus(404);
    }

    @Test
    void anEditorCannotImportGradesThroughTheUploadPage() {
        var file = new MockMultipartFile("file", "forged.json", "application/json", FORGED.getBytes(StandardCharsets.UTF_8));

        var result = mvc.post().uri("/bundles/import").multipart().file(file).with(csrf()).with(As.EDITOR.user()).exchange();

        assertThat(result).hasStatus(422).bodyText().contains("Nothing was imported", "$.deals[0].grades[0]",
                "$.deals[0].grades[1]", "only admins import grades");
        assertThat(count("deal where slug = 'forged-grade-deal'")).isZero();
    }

    @Test
    void anAdminsImportRecordsTheGradesAsImportedByThatAdminNow() throws Exception {
        OffsetDateTime before = OffsetDateTime.now().minusSeconds(5);

        assertThat(api(FORGED.replace("\"admin\"", "\"someone-else\""), "admin")).hasStatus(201)
                .bodyJson().extractingPath("$.importedGrades").isEqualTo(2);

        var grades = jdbc.sql("""
                        select assessed_by, assessed_at, imported, bundle_assessed_by, bundle_assessed_at::text, rationale
                        from confidence_assessment a join deal d on d.id = a.deal_id
                        where d.slug = 'forged-grade-deal' order by a.id""")
                .query().listOfRows();
        assertThat(grades).hasSize(2).allSatisfy(g -> {
            assertThat(g.get("assessed_by")).as("the importing admin, never the bundle's name").isEqualTo("admin");
            assertThat(g.get("imported")).isEqualTo(true);
            assertThat(((java.sql.Timestamp) g.get("assessed_at")).toInstant())
                    .isBetween(before.toInstant(), OffsetDateTime.now().plus(Duration.ofSeconds(5)).toInstant());
        });
        assertThat(grades).extracting(g -> g.get("bundle_assessed_by")).containsExactly("analyst", "someone-else");
        assertThat(grades.get(1).get("bundle_assessed_at").toString()).startsWith("2024-05-20 09:30:00");

        var page = mvc.get().uri("/deals/forged-grade-deal/sources").with(As.ANALYST.user()).exchange();
        assertThat(page).hasStatusOk().bodyText()
                .contains("imported by", "The bundle says: graded by someone-else on")
                .doesNotContain("by</th:block> <span>someone-else");
        String publicPage = mvc.get().uri("/deals/forged-grade-deal/sources").exchange().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(publicPage).contains("imported by").doesNotContain("someone-else");
    }

    @Test
    void anAdminImportsThroughTheUploadPageToo() {
        var file = new MockMultipartFile("file", "graded.json", "application/json", FORGED.getBytes(StandardCharsets.UTF_8));

        var result = mvc.post().uri("/bundles/import").multipart().file(file).with(csrf()).with(As.ADMIN.user()).exchange();

        assertThat(result).hasStatusOk().bodyText().contains("graded.json</strong> is imported", "2 grade(s) imported");
        assertThat(jdbc.sql("""
                        select distinct assessed_by from confidence_assessment a join deal d on d.id = a.deal_id
                        where d.slug = 'forged-grade-deal'""").query(String.class).list()).containsExactly("admin");
    }

    private MvcTestResult api(String body, String user) {
        return mvc.post().uri("/api/v1/bundles").header(HttpHeaders.AUTHORIZATION, "Bearer " + tokens.create(user, "t"))
                .contentType("application/json").content(body).exchange();
    }

    private int count(String from) {
        return jdbc.sql("select count(*) from " + from).query(Integer.class).single();
    }
}
