package dev.cxkit.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.SplittableRandom;

/**
 * Writes a synthetic e-commerce review export in the shape of the public Brazilian e-commerce
 * review table (review_id, order_id, review_score, review_comment_title, review_comment_message,
 * review_creation_date, review_answer_timestamp): 1..5 stars, Portuguese comments, many
 * reviews without a comment, and comments with quotes, commas and line breaks inside quoted
 * CSV cells. Seeded, so every run writes the same file.
 */
final class ReviewExport {

    /** What goes wrong: delivery, items not received, wrong or broken items. */
    private static final String[] COMPLAINTS = {
        "Não recebi o produto até agora",
        "A entrega atrasou muito, passou do prazo",
        "Produto veio errado, pedi azul e veio preto",
        "Comprei dois e só recebi um",
        "Ainda não chegou e o prazo de entrega já passou",
        "Veio com defeito e a loja não responde",
        "Recebi o produto errado, quero a troca",
        "Entrega atrasada, \"previsão\" nunca cumprida",
        "O pedido não foi entregue, péssimo",
    };

    /** Praise. */
    private static final String[] PRAISE = {
        "Produto ótimo, recomendo",
        "Chegou antes do prazo, excelente",
        "Muito bom, adorei o produto",
        "Ótima qualidade, super recomendo",
        "Excelente loja, entrega rápida",
        "Amei, tudo perfeito",
        "Produto de \"primeira\", muito satisfeita",
        "Recomendo a loja, ótimo atendimento",
    };

    /** Neither. */
    private static final String[] NEUTRAL = {
        "Produto ok, nada demais",
        "Poderia ser melhor",
        "Razoável pelo preço",
        "Cumpre o que promete",
    };

    private static final String[] TITLES = {"", "", "Recomendo", "Péssimo", "Bom", "Super"};

    private ReviewExport() {}

    /** Writes {@code reviews} reviews to {@code file}. */
    static void write(Path file, int reviews, long seed) throws IOException {
        SplittableRandom random = new SplittableRandom(seed);
        StringBuilder csv = new StringBuilder("review_id,order_id,review_score,"
                + "review_comment_title,review_comment_message,review_creation_date,"
                + "review_answer_timestamp\r\n");
        LocalDateTime start = LocalDateTime.of(2018, 1, 1, 0, 0);
        for (int i = 0; i < reviews; i++) {
            int stars = stars(random);
            String message = random.nextInt(10) < 4 ? "" : message(random, stars);
            LocalDateTime created = start.plusDays(random.nextInt(300));
            csv.append(String.format(
                    "%032x,%032x,%d,%s,%s,%s,%s\r\n",
                    i * 7919L + 13,
                    i * 104729L + 7,
                    stars,
                    cell(TITLES[random.nextInt(TITLES.length)]),
                    cell(message),
                    created.toString().replace('T', ' ') + ":00",
                    created.plusDays(1).plusHours(random.nextInt(23)).toString().replace('T', ' ')
                            + ":00"));
        }
        Files.writeString(file, csv, StandardCharsets.UTF_8);
    }

    private static int stars(SplittableRandom random) {
        int draw = random.nextInt(100);
        return draw < 11 ? 1 : draw < 14 ? 2 : draw < 22 ? 3 : draw < 42 ? 4 : 5;
    }

    private static String message(SplittableRandom random, int stars) {
        String[] pool = stars <= 2 ? COMPLAINTS : stars == 3 ? NEUTRAL : PRAISE;
        String text = pool[random.nextInt(pool.length)];
        if (random.nextInt(4) == 0) {
            // a second sentence on a new line, sometimes from another pool
            String[] second = random.nextInt(5) == 0 ? NEUTRAL : pool;
            text += (random.nextBoolean() ? "\r\n" : "\n") + second[random.nextInt(second.length)];
        }
        if (random.nextInt(6) == 0) {
            text += ", obrigado";
        }
        return text;
    }

    /** An RFC 4180 cell: quoted when it holds a comma, a quote or a line break. */
    private static String cell(String text) {
        boolean quote = text.contains(",") || text.contains("\"") || text.contains("\n");
        return quote ? '"' + text.replace("\"", "\"\"") + '"' : text;
    }
}
