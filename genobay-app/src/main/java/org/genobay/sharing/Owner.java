package org.genobay.sharing;

import org.genobay.accounts.Accounts;

/** The institution that owns a dataset or project, with the country that HGR rules compare against. */
public record Owner(long id, String code, String name, String country) {

    static Owner of(Accounts.InstitutionView institution) {
        return new Owner(institution.id(), institution.code(), institution.name(), institution.country());
    }
}
