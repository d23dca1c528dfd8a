package org.genobay.omics;

import org.genobay.variants.VariantStore;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The cohort variant store under {@code genobay.omics.store-dir}. */
@Configuration
class OmicsConfiguration {

    @Bean(destroyMethod = "close")
    VariantStore variantStore(OmicsProperties properties) {
        return VariantStore.open(properties.storeDir());
    }
}
