package org.baokan.entities;

import org.baokan.model.PersonRole;
import org.baokan.model.PersonSummary;
import org.baokan.store.EntityStore.PersonTitles;
import org.baokan.store.EntityStore.TitlePrinting;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class LatestTitleTest {
    private static final List<String> PREFIXES = List.of("济宁高新区", "高新区");

    private static TitlePrinting on(String date, String... titles) {
        return new TitlePrinting(List.of(titles), date == null ? null : LocalDate.parse(date), PersonRole.LEADER);
    }

    private static PersonSummary of(TitlePrinting... printings) {
        return LatestTitle.of(new PersonTitles("某某", printings.length, List.of(printings)), PREFIXES);
    }

    @Test
    void aTitlePrintedOnOneDayAfterTheLastRepeatedOneIsPassedOver() {
        PersonSummary p = of(on("2020-05-08", "高新区党工委书记"), on("2020-05-09", "济宁高新区党工委书记"),
                on("2020-09-11", "区党委书记"));
        assertThat(p.latestTitle()).isEqualTo("济宁高新区党工委书记");
        assertThat(p.latestTitleConfirmed()).isTrue();
    }

    @Test
    void twoPrintingsOnOneDayAreOneDay() {
        PersonSummary p = of(on("2020-05-08", "党工委书记"), on("2020-05-08", "党工委书记"),
                on("2020-05-08", "管委会主任"), on("2020-06-01", "管委会主任"));
        assertThat(p.latestTitle()).isEqualTo("管委会主任");
    }

    @Test
    void whenNoTitleRepeatsTheLatestPrintedIsGivenAsUnconfirmed() {
        PersonSummary p = of(on("2019-04-06", "党工委副书记"), on("2020-05-08", "党工委书记"), on(null, "区长"));
        assertThat(p.latestTitle()).isEqualTo("党工委书记");
        assertThat(p.latestTitleConfirmed()).isFalse();
    }

    @Test
    void theCollectiveTitleGivesWayToTheOneThatSaysWhatSomeoneIs() {
        PersonSummary p = of(on("2020-05-08", "区领导", "党工委副书记"), on("2020-05-09", "区领导", "党工委副书记"));
        assertThat(p.latestTitle()).isEqualTo("党工委副书记");
    }

    @Test
    void someoneNeverGivenATitleHasNone() {
        PersonSummary p = of(on("2020-05-08"), on(null));
        assertThat(p.latestTitle()).isNull();
        assertThat(p.latestTitleConfirmed()).isFalse();
        assertThat(p.role()).isEqualTo(PersonRole.LEADER);
    }
}
