package org.genobay.sharing;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.genobay.accounts.CurrentUser;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/sharing/material-export-filings")
@Tag(name = "sharing: catalogue and HGR")
class MaterialExportApi {

    private final MaterialExports exports;

    MaterialExportApi(MaterialExports exports) {
        this.exports = exports;
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(
            summary = "Record an HGR approval/filing for the export of your institution's specimens (administrators)",
            description = "A shipment of specimens to an institution in another country is dispatched only under"
                    + " one of these in force that day (from issuedOn through expiresOn, China Standard Time);"
                    + " otherwise 409 hgr-filing-required.")
    MaterialExports.ExportFiling attach(CurrentUser user, @RequestBody CatalogueApi.FilingBody body) {
        return exports.attach(new NewFiling(body.number(), body.scope(), body.issuedOn(), body.expiresOn()), user);
    }

    @GetMapping
    @Operation(
            summary = "Your institution's HGR filings for material export (administrators, committee, biobank staff)")
    List<MaterialExports.ExportFiling> filings(CurrentUser user) {
        return exports.filings(user);
    }
}
