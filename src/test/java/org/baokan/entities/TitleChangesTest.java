package org.baokan.entities;

import org.baokan.model.TimelineEvent;
import org.baokan.model.TitleChange;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class TitleChangesTest {
    private static final List<String> PREFIXES = List.of("济宁高新区", "高新区");

    private static TimelineEvent at(String date, String... titles) {
        return new TimelineEvent(LocalDate.parse(date), null, List.of(titles), 1, null, "t", null, List.of(), null,
                null, null);
    }

    @Test
    void aNewTitlePrintedOnTwoDaysIsAConfirmedChange() {
        List<TitleChange> changes = TitleChanges.detect(List.of(at("2019-04-06", "高新区党工委副书记、管委会副主任"),
                at("2019-08-02", "高新区党工委书记"), at("2020-05-08", "济宁高新区党工委书记")), PREFIXES);
        assertThat(changes).containsExactly(new TitleChange("党工委副书记、管委会副主任", LocalDate.parse("2019-04-06"),
                "党工委书记", LocalDate.parse("2019-08-02"), true));
    }

    @Test
    void aTitlePrintedOnOneDayOnlyIsMarkedUnconfirmed() {
        List<TitleChange> changes = TitleChanges.detect(List.of(at("2020-05-08", "高新区党工委书记"),
                at("2020-09-05", "高新区党工委副书记"), at("2020-09-05", "高新区党工委副书记")), PREFIXES);
        assertThat(changes).singleElement().satisfies(c -> {
            assertThat(c.to()).isEqualTo("党工委副书记");
            assertThat(c.confirmed()).isFalse();
        });
    }

    @Test
    void theSameTitleWithOrWithoutTheDistrictIsNoChange() {
        assertThat(TitleChanges.detect(List.of(at("2020-05-08", "高新区党工委书记"), at("2020-05-09", "济宁高新区党工委书记"),
                at("2020-05-10", "区党工委书记")), PREFIXES)).isEmpty();
    }

    @Test
    void aCollectiveTitleDoesNotHideTheRealOne() {
        assertThat(TitleChanges.principal(List.of("区领导", "区党工委委员、管委会副主任"))).isEqualTo("区党工委委员、管委会副主任");
        assertThat(TitleChanges.detect(List.of(at("2020-05-08", "区领导"), at("2020-05-09", "区领导")), PREFIXES)).isEmpty();
        assertThat(TitleChanges.detect(List.of(at("2020-05-08"), at("2020-05-09", "区领导")), PREFIXES)).isEmpty();
    }
}
