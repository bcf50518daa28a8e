package dev.cxkit.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.cxkit.json.CxJson;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tools.jackson.databind.JsonNode;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code cx drivers} on a telco-style churn export: a Yes/No outcome, categorical drivers
 * one-hot coded against a named reference level, checked against R's {@code lm} on the same
 * file ({@code drivers-reference.R}, output in {@code drivers-reference.txt}); bad records,
 * line numbers, unknown columns and files that are not CSV.
 */
class DriversCommandTest {

    @TempDir
    static Path dir;

    private static final Map<String, Double> R = new HashMap<>();

    @BeforeAll
    static void copyTheExportAndReadTheReference() throws IOException {
        TestFiles.telco(dir);
        try (InputStream in =
                DriversCommandTest.class.getResourceAsStream("/drivers-reference.txt")) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                int space = line.lastIndexOf(' ');
                R.put(line.substring(0, space), Double.parseDouble(line.substring(space + 1)));
            }
        }
    }

    /** {@return {@code args} and {@code more} in one array} */
    private static String[] with(String[] args, String... more) {
        String[] all = Arrays.copyOf(args, args.length + more.length);
        System.arraycopy(more, 0, all, args.length, more.length);
        return all;
    }

    /** {@return the JSON output of {@code args}, which must succeed} */
    private static JsonNode json(String... args) {
        CxRun.Result result = CxRun.in(dir, with(args, "-f", "json"));
        assertThat(result.exitCode()).as(result.stderr()).isZero();
        return CxJson.mapper().readTree(result.stdout());
    }

    private static double pearson(JsonNode drivers, String name) {
        for (JsonNode driver : drivers.get("drivers").get("drivers")) {
            if (driver.get("name").asString().equals(name)) {
                return driver.get("pearson").asDouble();
            }
        }
        throw new AssertionError("no driver " + name + " in " + drivers);
    }

    @Test
    void yesNoOutcomeAndCategoricalDriversMatchRsRegression() {
        JsonNode drivers = json(
                "drivers",
                "@telco_churn.csv",
                "--outcome",
                "Churn",
                "--drivers",
                "Contract,tenure,MonthlyCharges,SeniorCitizen,Partner",
                "--resamples",
                "0");

        assertThat(drivers.get("outcomeCoding").asString()).isEqualTo("yes-no");
        assertThat(drivers.get("drivers").get("rSquared").asDouble())
                .isCloseTo(R.get("r.squared"), within(1e-9));
        for (String name : List.of(
                "Contract=One year",
                "Contract=Two year",
                "Partner=Yes",
                "tenure",
                "MonthlyCharges",
                "SeniorCitizen")) {
            assertThat(pearson(drivers, name))
                    .as(name)
                    .isCloseTo(R.get("pearson " + name), within(1e-9));
        }
        assertThat(drivers.get("categorical").toString())
                .isEqualTo(
                        "[{\"name\":\"Contract\",\"reference\":\"Month-to-month\",\"levels\":[\"One year\","
                                + "\"Two year\"]},{\"name\":\"Partner\",\"reference\":\"No\",\"levels\":"
                                + "[\"Yes\"]}]");
    }

    @Test
    void aNamedReferenceLevelIsTheOneTheOthersAreComparedWith() {
        String[] twoYearReference = {
            "drivers",
            "@telco_churn.csv",
            "--outcome",
            "Churn",
            "--drivers",
            "Contract,tenure",
            "--reference",
            "Contract=Two year",
            "--resamples",
            "0"
        };
        CxRun.Result result = CxRun.in(dir, twoYearReference);
        JsonNode drivers = json(twoYearReference);

        assertThat(result.exitCode()).isZero();
        assertThat(result.stdout())
                .contains(
                        "Key drivers of Churn (yes = 1, no = 0): R^2 0.2179",
                        "Contract: each level against Two year (the reference level)",
                        "Contract=Month-to-month",
                        "Contract=One year");
        assertThat(drivers.get("drivers").get("rSquared").asDouble())
                .isCloseTo(R.get("r.squared Contract(ref Two year) + tenure"), within(1e-9));
        assertThat(pearson(drivers, "Contract=Month-to-month"))
                .isCloseTo(R.get("pearson Contract=Month-to-month"), within(1e-9));
    }

    @Test
    void everyOtherColumnByDefaultLeavesOutTheCustomerIdWithItsReason() {
        CxRun.Result result = CxRun.in(
                dir, "drivers", "@telco_churn.csv", "--outcome", "Churn", "--resamples", "20");

        assertThat(result.exitCode()).as(result.stderr()).isZero();
        assertThat(result.stdout())
                .contains(
                        "dropped customerID: categorical with a different value in each of its 400 rows "
                                + "(an identifier?)",
                        "gender=Male",
                        "PaymentMethod=Credit card (automatic)",
                        "TotalCharges",
                        "PaymentMethod: each level against Bank transfer (automatic) (the reference "
                                + "level)");
    }

    @Test
    void aBadOutcomeValueIsABadRecordAtItsLineAfterMultiLineCellsAndBlankLines()
            throws IOException {
        Files.writeString(
                dir.resolve("survey.csv"),
                "respondent,comment,speed,plan,Churn\r\n"
                        + "r1,\"slow\r\nvery slow\",2,basic,Yes\r\n"
                        + "\r\n"
                        + "r2,fine,4,pro,no\r\n"
                        + "r3,\"said \"\"maybe\"\"\",3,basic,maybe\r\n"
                        + "r4,ok,5,pro,N\r\n"
                        + "r5,,1,basic,TRUE\r\n"
                        + "r6,ok,fast,pro,0\r\n"
                        + "r7,ok,4,basic,1\r\n",
                StandardCharsets.UTF_8);

        String[] survey = {
            "drivers",
            "@survey.csv",
            "--outcome",
            "Churn",
            "--drivers",
            "speed,plan",
            "--resamples",
            "0"
        };
        CxRun.Result result = CxRun.in(dir, with(survey, "--bad-records", "@bad.txt"));

        assertThat(result.exitCode()).as(result.stderr()).isEqualTo(Cx.DATA_ERRORS);
        assertThat(result.stdout()).contains("5 of 5 respondents used", "plan=pro");
        String surveyFile = dir.resolve("survey.csv").toString();
        assertThat(result.stderr())
                .contains(
                        "2 bad record(s) skipped of 7 read",
                        surveyFile
                                + ":6:5: Churn: expected a number or Yes/No, true/false, Y/N or 1/0, was "
                                + "maybe",
                        surveyFile + ":9:3: speed: ");
        assertThat(Files.readAllLines(dir.resolve("bad.txt"))).hasSize(2);

        CxRun.Result failFast = CxRun.in(dir, with(survey, "--fail-fast"));
        assertThat(failFast.exitCode()).isEqualTo(Cx.DATA_ERRORS);
        assertThat(failFast.stdout()).isEmpty();
        assertThat(failFast.stderr()).startsWith("cx: " + surveyFile + ":6:5: Churn: ");
    }

    @Test
    void anUnknownOutcomeIsAUsageErrorNamingTheHeaders() {
        CxRun.Result result = CxRun.in(dir, "drivers", "@telco_churn.csv", "--outcome", "churned");

        assertThat(result.exitCode()).isEqualTo(Cx.USAGE);
        assertThat(result.stdout()).isEmpty();
        assertThat(result.stderr())
                .contains(
                        "no column 'churned'",
                        "[customerID, gender, SeniorCitizen, Partner, Contract, tenure, PaymentMethod, "
                                + "MonthlyCharges, TotalCharges, Churn]");
    }

    @Test
    void ndjsonOrBinaryGarbageNamedCsvGivesAMessageInWords() throws IOException {
        Files.writeString(
                dir.resolve("answers.csv"),
                "{\"speed\":4,\"Churn\":\"Yes\"}\n" + "{\"speed\":2,\"Churn\":\"No\"}\n",
                StandardCharsets.UTF_8);
        byte[] garbage = new byte[4096];
        new java.util.SplittableRandom(5).nextBytes(garbage);
        Files.write(dir.resolve("garbage.csv"), garbage);

        for (String file : List.of("answers.csv", "garbage.csv")) {
            CxRun.Result result = CxRun.in(dir, "drivers", "@" + file, "--outcome", "Churn");

            assertThat(result.exitCode()).as(file + ": " + result.stderr()).isEqualTo(Cx.USAGE);
            assertThat(result.stderr())
                    .as(file)
                    .startsWith("cx: ")
                    .contains(file)
                    .doesNotContainPattern(
                            "Exception|tools\\.jackson|java\\.|Unexpected " + "character|`|\\tat ");
        }
    }

    @Test
    void aDriverMixingNumbersAndYesNoOutcomesMixingKindsAreUsageErrors() throws IOException {
        Files.writeString(
                dir.resolve("mixed.csv"),
                "speed,Churn\n4,Yes\n2,7\n3,No\n",
                StandardCharsets.UTF_8);

        CxRun.Result result = CxRun.in(dir, "drivers", "@mixed.csv", "--outcome", "Churn");

        assertThat(result.exitCode()).isEqualTo(Cx.USAGE);
        String mixed = dir.resolve("mixed.csv").toString();
        assertThat(result.stderr())
                .contains("outcome 'Churn' mixes numbers and yes/no values: '7' " + "at " + mixed
                        + ":3 and 'Yes' at " + mixed + ":2");
    }
}
