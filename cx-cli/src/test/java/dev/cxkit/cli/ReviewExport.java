package dev.cxkit.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Writes a synthetic e-commerce review export in the shape of the public Brazilian e-commerce
 * review table (review_id, order_id, review_score, review_comment_title, review_comment_message,
 * review_creation_date, review_answer_timestamp) joined, as analysts export it, with the
 * order's product_category_name from the products table: 1..5 stars, Portuguese comments, many
 * reviews without a comment, and comments with quotes, commas and line breaks inside quoted
 * CSV cells. Furniture (moveis_decoracao) draws almost half of the 1- and 2-star reviews, and
 * pet_shop is a small category. Seeded, so every run writes the same file.
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

    /** Product categories, the last one small. */
    private static final String[] CATEGORIES = {
        "cama_mesa_banho",
        "beleza_saude",
        "esporte_lazer",
        "informatica_acessorios",
        "moveis_decoracao",
        "pet_shop",
    };

    /**
     * The flags that read the export as CSAT responses: the scale, the score, time and comment
     * columns and the time format.
     */
    static final List<String> FLAGS = List.of(
            "--scale",
            "csat",
            "--column",
            "score=review_score",
            "--column",
            "time=review_creation_date",
            "--column",
            "comment=review_comment_message",
            "--time-format",
            "yyyy-MM-dd HH:mm:ss");

    /** One review as written: its stars, creation time and product category. */
    record Review(int stars, LocalDateTime created, String category) {}

    private ReviewExport() {}

    /** Writes {@code reviews} reviews to {@code file} and returns them. */
    static List<Review> write(Path file, int reviews, long seed) throws IOException {
        SplittableRandom random = new SplittableRandom(seed);
        SplittableRandom categories = new SplittableRandom(seed + 1);
        StringBuilder csv = new StringBuilder("review_id,order_id,review_score,"
                + "review_comment_title,review_comment_message,review_creation_date,"
                + "review_answer_timestamp,product_category_name\r\n");
        LocalDateTime start = LocalDateTime.of(2018, 1, 1, 0, 0);
        List<Review> written = new ArrayList<>();
        for (int i = 0; i < reviews; i++) {
            int stars = stars(random);
            String message = random.nextInt(10) < 4 ? "" : message(random, stars);
            LocalDateTime created = start.plusDays(random.nextInt(300));
            String category = category(categories, stars);
            written.add(new Review(stars, created, category));
            csv.append(String.format(
                    "%032x,%032x,%d,%s,%s,%s,%s,%s\r\n",
                    i * 7919L + 13,
                    i * 104729L + 7,
                    stars,
                    cell(TITLES[random.nextInt(TITLES.length)]),
                    cell(message),
                    created.toString().replace('T', ' ') + ":00",
                    created.plusDays(1).plusHours(random.nextInt(23)).toString().replace('T', ' ')
                            + ":00",
                    category));
        }
        Files.writeString(file, csv, StandardCharsets.UTF_8);
        return written;
    }

    /** Furniture for 45% of 1- and 2-star reviews; else pet_shop 3%, the rest alike. */
    private static String category(SplittableRandom random, int stars) {
        if (stars <= 2 && random.nextInt(100) < 45) {
            return "moveis_decoracao";
        }
        return random.nextInt(100) < 3
                ? CATEGORIES[CATEGORIES.length - 1]
                : CATEGORIES[random.nextInt(CATEGORIES.length - 1)];
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
