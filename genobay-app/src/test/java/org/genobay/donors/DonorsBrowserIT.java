package org.genobay.donors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.genobay.accounts.CurrentUser;
import org.genobay.accounts.Role;
import org.genobay.testing.Browser;
import org.genobay.testing.DatabaseIT;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.WebElement;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Bank staff register a donor through the import page and find them for a patient, in a real chromium. */
@Tag("browser")
@ExtendWith(Browser.Installed.class)
class DonorsBrowserIT extends DatabaseIT {

    @LocalServerPort
    int port;

    Browser browser;
    CurrentUser staff;

    @BeforeAll
    static void releaseStaged() {
        String dir = System.getProperty("genobay.hla.imgt-dir", "");
        assumeTrue(!dir.isEmpty() && Files.isDirectory(Path.of(dir)), "no IMGT/HLA release staged at '" + dir + "'");
    }

    @BeforeEach
    void signIn() {
        staff = user(institution(), Role.BIOBANK_STAFF);
        browser = new Browser(port);
        browser.open("/login");
        WebElement form = browser.form("/login");
        browser.type(form, "username", staff.username());
        browser.type(form, "password", PASSWORD);
        browser.submit(form);
        assertThat(browser.find("header .who").getText()).contains(staff.username());
    }

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void staffImportADonorAfterFixingABadRowAndFindItFirstWithTenOfTen() {
        String good = DonorsIT.PATIENT;
        String csv = "registry_id,sex,birth_year,typing_gl,typing_method\n"
                + "D-WEB-1,FEMALE,1991," + good + ",NGS\n"
                + "D-WEB-2,MALE,1988," + good.replace("A*02:01", "A*02:9999") + ",NGS\n";
        browser.open("/donors");
        browser.follow("a[href='/donors/import']");
        WebElement form = browser.form("/donors/import");
        browser.set(form, "text", csv);
        browser.submit(form);

        assertThat(browser.find("[role=alert]").getText()).contains("1 problem in 2 rows; nothing was imported");
        assertThat(browser.find("table.problems tbody tr").getText())
                .startsWith("2 typing_gl")
                .contains("A*02:9999");
        browser.open("/donors?q=D-WEB");
        assertThat(browser.text()).contains("No donor matches.");

        browser.open("/donors/import");
        form = browser.form("/donors/import");
        // fixed: an intermediate-resolution typing, which matches too but less surely than the identical one
        browser.set(form, "text", csv.replace("A*02:9999", "A*02:01/A*02:06"));
        browser.submit(form);
        assertThat(browser.text()).contains("2 rows imported: 2 donors registered");

        browser.follow("a[href='/donor-searches/new']");
        WebElement search = browser.form("/donor-searches");
        browser.type(search, "patient", "P-WEB");
        List<String[]> typing = List.of(
                new String[] {"A", "01:01", "02:01"},
                new String[] {"B", "07:02", "08:01"},
                new String[] {"C", "07:01", "07:02"},
                new String[] {"DRB1", "15:01", "03:01"},
                new String[] {"DQB1", "06:02", "02:01"});
        for (String[] locus : typing) {
            browser.type(search, locus[0] + "_1", locus[1]);
            browser.type(search, locus[0] + "_2", locus[2]);
        }
        browser.choose(search, "loci", "10");
        browser.choose(search, "maxMismatches", "0");
        browser.choose(search, "kinds", "DONOR");
        browser.submit(search);

        assertThat(browser.path()).startsWith("/donor-searches/DS-");
        assertThat(browser.text()).contains("2 candidates");
        WebElement first = browser.find("table.results tbody tr");
        assertThat(first.getAttribute("data-candidate")).isEqualTo("D-WEB-1");
        assertThat(first.findElement(org.openqa.selenium.By.cssSelector("td.total"))
                        .getText())
                .startsWith("10/10");
        List<WebElement> cells = first.findElements(org.openqa.selenium.By.cssSelector("td.cell"));
        assertThat(cells).hasSize(10);
        assertThat(cells)
                .allSatisfy(cell -> assertThat(cell.getAttribute("class")).doesNotContain("grade-mismatch"));
        assertThat(cells.get(0).getAttribute("title")).startsWith("A position 1: ");
        assertThat(cells.get(0).getCssValue("background-color")).isNotEqualTo("rgba(0, 0, 0, 0)");
        assertThat(browser.text()).contains("no haplotype frequency file configured");
    }
}
