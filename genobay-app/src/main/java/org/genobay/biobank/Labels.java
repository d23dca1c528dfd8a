package org.genobay.biobank;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.datamatrix.DataMatrixWriter;
import com.google.zxing.datamatrix.encoder.SymbolShapeHint;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import org.springframework.web.util.HtmlUtils;

/**
 * Tube labels: a Data Matrix of the specimen code (the 2D code that cryo-tube scanners read, small enough for a cap)
 * beside the code, type and collection date in text, as SVG so that any label printer driver scales it sharply.
 * {@link #barcodeSvg} draws the Data Matrix alone, for lists such as a shipment manifest.
 */
public final class Labels {

    /** Size of one Data Matrix module in SVG units (millimetres, with the label's width and height). */
    private static final double MODULE = 0.5;

    private static final DateTimeFormatter DAY =
            DateTimeFormatter.ofPattern("yyyy-MM-dd").withZone(ZoneId.systemDefault());

    private Labels() {}

    static BitMatrix dataMatrix(String code) {
        return new DataMatrixWriter()
                .encode(
                        code,
                        BarcodeFormat.DATA_MATRIX,
                        0,
                        0,
                        Map.of(EncodeHintType.DATA_MATRIX_SHAPE, SymbolShapeHint.FORCE_SQUARE));
    }

    static String svg(Specimens.SpecimenView specimen) {
        BitMatrix matrix = dataMatrix(specimen.code());
        double side = matrix.getWidth() * MODULE;
        double quiet = 2 * MODULE;
        double width = side + 2 * quiet + 32;
        double height = Math.max(side + 2 * quiet, 12);
        StringBuilder svg = new StringBuilder();
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%smm\" height=\"%smm\" viewBox=\"0 0 %s %s\">\n"
                .formatted(number(width), number(height), number(width), number(height)));
        svg.append("<rect width=\"100%\" height=\"100%\" fill=\"#fff\"/>\n");
        modules(svg, matrix, quiet);
        double textX = side + 2 * quiet + 1;
        String[] lines = {
            specimen.code(), specimen.type().name(), specimen.participant(), DAY.format(specimen.collectedAt())
        };
        for (int i = 0; i < lines.length; i++) {
            svg.append("<text x=\"%s\" y=\"%s\" font-family=\"monospace\" font-size=\"2.4\">%s</text>\n"
                    .formatted(number(textX), number(3 + i * 2.8), HtmlUtils.htmlEscape(lines[i])));
        }
        return svg.append("</svg>\n").toString();
    }

    /** The Data Matrix of a specimen code alone, with its quiet zone, as SVG in millimetres. */
    public static String barcodeSvg(String code) {
        BitMatrix matrix = dataMatrix(code);
        double quiet = 2 * MODULE;
        double side = matrix.getWidth() * MODULE + 2 * quiet;
        StringBuilder svg = new StringBuilder();
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%smm\" height=\"%smm\" viewBox=\"0 0 %s %s\">\n"
                .formatted(number(side), number(side), number(side), number(side)));
        svg.append("<rect width=\"100%\" height=\"100%\" fill=\"#fff\"/>\n");
        modules(svg, matrix, quiet);
        return svg.append("</svg>\n").toString();
    }

    private static void modules(StringBuilder svg, BitMatrix matrix, double quiet) {
        svg.append("<g fill=\"#000\">\n");
        for (int y = 0; y < matrix.getHeight(); y++) {
            for (int x = 0; x < matrix.getWidth(); x++) {
                if (matrix.get(x, y)) {
                    svg.append("<rect x=\"%s\" y=\"%s\" width=\"%s\" height=\"%s\"/>\n"
                            .formatted(
                                    number(quiet + x * MODULE),
                                    number(quiet + y * MODULE),
                                    number(MODULE),
                                    number(MODULE)));
                }
            }
        }
        svg.append("</g>\n");
    }

    private static String number(double value) {
        return value == Math.rint(value) ? String.valueOf((long) value) : String.valueOf(value);
    }
}
