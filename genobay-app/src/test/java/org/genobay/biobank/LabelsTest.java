package org.genobay.biobank;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.datamatrix.DataMatrixReader;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class LabelsTest {

    private static final Pattern MODULE = Pattern.compile("<rect x=\"([0-9.]+)\" y=\"([0-9.]+)\" width=\"0.5\"");

    @Test
    void the_label_carries_a_data_matrix_that_a_scanner_reads_as_the_specimen_code() throws Exception {
        String svg = Labels.svg(specimen("SP-7Q48KW6R"));

        assertThat(decode(svg)).isEqualTo("SP-7Q48KW6R");
        assertThat(svg).contains(">SP-7Q48KW6R<", ">WHOLE_BLOOD<", ">GB-0123ABCD<");
    }

    @Test
    void the_barcode_alone_reads_as_the_specimen_code() throws Exception {
        String svg = Labels.barcodeSvg("SP-3CVW290F");

        assertThat(decode(svg)).isEqualTo("SP-3CVW290F");
        assertThat(svg).doesNotContain("<text");
    }

    /** Draws the SVG's modules into pixels (4 per module, white around) and reads them back with ZXing's decoder. */
    private static String decode(String svg) throws Exception {
        int scale = 8; // pixels per millimetre: a module of 0.5 mm is 4 pixels
        int size = 40 * scale;
        int[] pixels = new int[size * size];
        java.util.Arrays.fill(pixels, 0xFFFFFFFF);
        Matcher module = MODULE.matcher(svg);
        while (module.find()) {
            int x0 = (int) Math.round(Double.parseDouble(module.group(1)) * scale) + 8;
            int y0 = (int) Math.round(Double.parseDouble(module.group(2)) * scale) + 8;
            for (int y = y0; y < y0 + scale / 2; y++) {
                for (int x = x0; x < x0 + scale / 2; x++) {
                    pixels[y * size + x] = 0xFF000000;
                }
            }
        }
        BinaryBitmap bitmap = new BinaryBitmap(new HybridBinarizer(new RGBLuminanceSource(size, size, pixels)));
        return new DataMatrixReader()
                .decode(bitmap, Map.of(DecodeHintType.PURE_BARCODE, Boolean.TRUE))
                .getText();
    }

    private static Specimens.SpecimenView specimen(String code) {
        Quantity quantity = Quantity.of("10", Unit.ML);
        return new Specimens.SpecimenView(
                code,
                "GB-0123ABCD",
                Optional.empty(),
                "PRIMARY",
                SpecimenType.WHOLE_BLOOD,
                quantity,
                quantity,
                Instant.parse("2024-03-01T08:30:00Z"),
                "Ward 3",
                Optional.empty(),
                Optional.empty(),
                SpecimenStatus.AVAILABLE,
                false,
                Optional.empty(),
                0);
    }
}
