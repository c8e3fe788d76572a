package com.dealtrace.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.LocalDate;
import java.util.Map;

import com.dealtrace.security.Role;

import org.junit.jupiter.api.Test;

class WhereTest {

    @Test
    void conditionsAreParenthesisedAndJoinedWithAnd() {
        var where = Where.of("d.deleted_at is null").and("d.a = 1 or d.b = 2");

        assertThat(where).hasToString(" where (d.deleted_at is null) and (d.a = 1 or d.b = 2) ");
    }

    /** The bug StringBuilders once shipped: a text block's condition glued onto the previous one without a space. */
    @Test
    void aMultiLineConditionNeverGluesOntoItsNeighbour() {
        var where = Where.of("d.x = 1").and("""
                d.id in (select 1)""").and("d.y = 2");

        assertThat(where.toString()).contains("(d.x = 1) and (d.id in (select 1)) and (d.y = 2)");
    }

    @Test
    void aConditionWithAnAbsentValueIsLeftOutWithItsParameter() {
        var where = Where.of().and("d.type = :type", "type", null).and("d.region ilike :region", "region", "  ");

        assertThat(where.isEmpty()).isTrue();
        assertThat(where).hasToString(" ");
        assertThat(where.params()).isEmpty();
    }

    @Test
    void presentValuesAreBoundEnumsByNameAndTextTrimmed() {
        var where = Where.of()
                .and("u.role = :role", "role", Role.EDITOR)
                .and("u.name = :name", "name", "  ada ")
                .and("d.from >= :from", "from", LocalDate.of(2024, 2, 26));

        assertThat(where.params()).containsExactly(Map.entry("role", "EDITOR"), Map.entry("name", "ada"),
                Map.entry("from", LocalDate.of(2024, 2, 26)));
        assertThat(where).hasToString(" where (u.role = :role) and (u.name = :name) and (d.from >= :from) ");
    }

    @Test
    void aConditionWithTwoParametersIsAddedOnlyWhenItApplies() {
        var skipped = Where.of().andIf(false, "p.slug = :party or p.name ilike :name", "party", "x", "name", "%x%");
        var added = Where.of().andIf(true, "p.slug = :party or p.name ilike :name", "party", "x", "name", "%x%");

        assertThat(skipped.params()).isEmpty();
        assertThat(added.params()).containsOnlyKeys("party", "name");
        assertThat(added).hasToString(" where (p.slug = :party or p.name ilike :name) ");
    }

    @Test
    void oneNameCannotBeBoundToTwoValues() {
        var where = Where.of().bind("limit", 20);

        assertThatIllegalArgumentException().isThrownBy(() -> where.bind("limit", 50));
        assertThatIllegalArgumentException().isThrownBy(() -> where.and(" "));
    }
}
