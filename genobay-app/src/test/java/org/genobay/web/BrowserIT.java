package org.genobay.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import org.genobay.accounts.Accounts;
import org.genobay.accounts.CurrentUser;
import org.genobay.accounts.Role;
import org.genobay.testing.Browser;
import org.genobay.testing.DatabaseIT;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.WebElement;
import org.springframework.boot.test.web.server.LocalServerPort;

/** What a biobank technician does in a day, clicked through in a real chromium against the running application. */
@Tag("browser")
@ExtendWith(Browser.Installed.class)
class BrowserIT extends DatabaseIT {

    @LocalServerPort
    int port;

    Browser browser;
    CurrentUser technician;

    @BeforeEach
    void signIn() {
        Accounts.InstitutionView hospital = institution();
        technician = user(hospital, Role.BIOBANK_STAFF);
        browser = new Browser(port);
        browser.open("/login");
        WebElement form = browser.form("/login");
        browser.type(form, "username", technician.username());
        browser.type(form, "password", PASSWORD);
        browser.submit(form);
        assertThat(browser.find("header .who").getText()).contains(technician.username());
    }

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void aTechnicianRegistersAParticipantMakesAliquotsAndSeesThemOnTheBoxGrid() {
        String participant = enrol(unique("MRN"));
        assertThat(browser.text()).contains("Participant " + participant).contains("No specimen yet.");

        WebElement collect = browser.form("/participants/" + participant + "/specimens");
        browser.choose(collect, "type", "WHOLE_BLOOD");
        browser.type(collect, "quantity", "10");
        browser.choose(collect, "unit", "ML");
        browser.set(collect, "collectedAt", "2026-03-01T08:30");
        browser.type(collect, "collectionSite", "Ward 3");
        browser.submit(collect);
        assertThat(browser.text()).contains("Specimen recorded.").contains("WHOLE_BLOOD (primary)");
        String tube = browser.path().substring("/specimens/".length());
        browser.open("/participants/" + participant);
        assertThat(browser.find("ul.tree a").getText()).isEqualTo(tube);
        assertThat(browser.text()).contains(tube + " WHOLE_BLOOD 10 mL of 10 mL");

        String firstAliquot = aliquot(tube, "2");
        String secondAliquot = aliquot(tube, "3");
        browser.open("/specimens/" + tube);
        assertThat(browser.text()).contains("5 mL left of 10 mL");

        long box = newBox("Browser box " + unique("B"));
        place(box, firstAliquot, "A1");
        place(box, secondAliquot, "C4");
        assertThat(browser.text()).contains("2 of 81 positions used");
        assertThat(browser.find("td[data-position='A1']").getAttribute("class")).contains("used");
        assertThat(browser.find("td[data-position='A1']").getText()).contains(firstAliquot);
        assertThat(browser.find("td[data-position='C4']").getText()).contains(secondAliquot);
        assertThat(browser.find("td[data-position='B2']").getAttribute("class")).contains("free");

        browser.follow("td[data-position='A1'] a");
        assertThat(browser.path()).isEqualTo("/specimens/" + firstAliquot);
        assertThat(browser.text()).contains("Parent\n" + tube).contains("› A1");
    }

    @Test
    void aCsvWithAnErrorIsReportedByRowAndColumnAndNothingIsImported() {
        String mrn = unique("MRN");
        browser.open("/import");
        WebElement form = browser.form("/import");
        browser.set(
                form,
                "text",
                """
                hospital_id,sex,specimen_type,quantity,unit,collected_at,collection_site
                %1$s,FEMALE,WHOLE_BLOOD,10,ML,2024-03-01 08:30,Ward 3
                %1$s,FEMALE,BLOOD,10,ML,2024-03-01 08:30,Ward 3
                """
                        .formatted(mrn));
        browser.submit(form);

        assertThat(browser.find("[role=alert]").getText()).containsIgnoringCase("problem");
        assertThat(browser.text()).contains("Rows are counted from the first line after the header.");
        WebElement problem = browser.find("main table tbody tr");
        assertThat(problem.getText()).startsWith("2 specimen_type").contains("BLOOD");

        browser.open("/participants");
        WebElement lookUp = browser.form("/participants/lookup");
        browser.type(lookUp, "hospitalId", mrn);
        browser.submit(lookUp);
        assertThat(browser.path()).startsWith("/participants");
        assertThat(browser.find("[role=alert]").getText()).contains("not found");
    }

    @Test
    void aTechnicianUploadsAVcfWatchesItIngestAndLooksUpAVariant() {
        browser.open("/variants");
        WebElement upload = browser.form("/variants/datasets/upload");
        browser.type(upload, "name", unique("slice"));
        browser.attach(upload, "files", Path.of("src/test/resources/omics/chr22-slice.bgzf.vcf.gz"));
        browser.submit(upload);
        browser.waitForText("READY", Duration.ofSeconds(60));

        // Expected counts: src/test/resources/omics/expected-region.tsv, computed by bcftools (make-expected.sh).
        WebElement region = browser.find("form[action$='/variants/datasets/" + datasetId() + "']");
        browser.type(region, "region", "22:16050075-16050700");
        browser.submit(region);
        WebElement row = browser.findAll("main table tbody tr").stream()
                .filter(r -> r.getText().startsWith("22:16050115 G>A"))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no row for 22:16050115 G>A in\n" + browser.text()));
        assertThat(row.getText()).contains(" 32 5008 ");

        WebElement lookUp = browser.find("form[action$='/variants/datasets/" + datasetId() + "/variant']");
        browser.type(lookUp, "key", "22-16050115-G-A");
        browser.submit(lookUp);
        assertThat(browser.find("h1").getText()).contains("22:16050115 G>A");
        assertThat(browser.text()).contains("(AC 32 of AN 5008)");
        assertThat(browser.findAll("svg.plot")).hasSize(1);
    }

    private String datasetId() {
        return browser.path().replaceAll("^/variants/datasets/(\\d+).*", "$1");
    }

    private String enrol(String hospitalId) {
        browser.open("/participants");
        WebElement form = browser.form("/participants");
        browser.type(form, "hospitalId", hospitalId);
        browser.choose(form, "sex", "FEMALE");
        browser.type(form, "birthYear", "1975");
        browser.type(form, "population", "GBR");
        browser.submit(form);
        assertThat(browser.text()).contains("Participant enrolled.");
        return browser.path().substring("/participants/".length());
    }

    private String aliquot(String parent, String millilitres) {
        browser.open("/specimens/" + parent);
        WebElement form = browser.form("/specimens/" + parent + "/children");
        browser.type(form, "quantity", millilitres);
        browser.type(form, "takenQuantity", millilitres);
        browser.submit(form);
        assertThat(browser.text()).contains("Aliquot recorded.").contains("Parent\n" + parent);
        return browser.path().substring("/specimens/".length());
    }

    private long newBox(String name) {
        browser.open("/storage");
        WebElement form = browser.form("/storage");
        browser.choose(form, "kind", "FREEZER");
        browser.type(form, "name", name + " freezer");
        browser.submit(form);
        String freezerId = browser.text().replaceAll("(?s).*" + name + " freezer\\s+freezer #(\\d+).*", "$1");
        form = browser.form("/storage");
        browser.choose(form, "kind", "BOX");
        browser.type(form, "name", name);
        browser.type(form, "parentId", freezerId);
        browser.type(form, "rows", "9");
        browser.type(form, "columns", "9");
        browser.submit(form);
        assertThat(browser.text()).contains("BOX created.");
        browser.follow("a[href^='/storage/boxes/']");
        assertThat(browser.find("h1").getText()).contains(name);
        return Long.parseLong(browser.path().substring("/storage/boxes/".length()));
    }

    private void place(long box, String specimen, String position) {
        browser.open("/storage/boxes/" + box);
        browser.find("td[data-position='" + position + "']").click();
        WebElement form = browser.form("/storage/boxes/" + box + "/place");
        assertThat(form.findElement(org.openqa.selenium.By.name("position")).getAttribute("value"))
                .as("clicking a free cell fills in its position")
                .isEqualTo(position);
        browser.type(form, "code", specimen);
        browser.submit(form);
        assertThat(browser.text()).contains(specimen + " stored at " + position + ".");
    }
}
