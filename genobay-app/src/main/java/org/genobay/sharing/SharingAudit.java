package org.genobay.sharing;

/**
 * How sharing names things in the access log. Every entry about a dataset has the subject {@code sharing-dataset:ID},
 * so one subject query gives a dataset's history; the detail text names the request and grant and says why.
 */
final class SharingAudit {

    private SharingAudit() {}

    static String dataset(long id) {
        return "sharing-dataset:" + id;
    }
}
