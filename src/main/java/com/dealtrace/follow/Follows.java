package com.dealtrace.follow;

import java.util.List;

import com.dealtrace.database.Rows;
import com.dealtrace.security.Audience;
import com.dealtrace.web.EditForm;
import com.dealtrace.web.NotFoundException;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What each user follows: deals, parties (regulators among them) and saved searches. A follow is its user's alone;
 * every statement here is scoped to the user by name. A follow starts at the newest change then recorded, so only
 * what moves afterwards reaches the inbox.
 */
@Service
@Transactional
public class Follows {

    private final JdbcClient jdbc;

    Follows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** One thing followed, as the Following page lists it. */
    public record Followed(long id, Kind kind, String slug, String title, String searchName, String searchLink,
            java.time.OffsetDateTime since) {
    }

    public enum Kind {
        DEAL, PARTY, REGULATOR, SEARCH
    }

    /** Follows the deal if this reader may read it; false if they already did. */
    public boolean followDeal(String username, String slug, Audience audience) {
        Long deal = jdbc.sql("select d.id from deal d where d.slug = :slug and " + audience.deals("d"))
                .param("slug", slug).query(Long.class).optional().orElseThrow(() -> new NotFoundException("follow", slug));
        return insert(username, "deal_id", deal);
    }

    /** Follows the party (a regulator: also the cases it decides); false if they already did. */
    public boolean followParty(String username, String slug) {
        Long party = jdbc.sql("select id from party where slug = :slug").param("slug", slug).query(Long.class)
                .optional().orElseThrow(() -> new NotFoundException("follow", slug));
        return insert(username, "party_id", party);
    }

    private boolean insert(String username, String column, long id) {
        int added = jdbc.sql("""
                        insert into follow (user_id, %1$s, since_change)
                        select u.id, :id, (select coalesce(max(id), 0) from change_log) from app_user u
                        where u.username = :username
                        on conflict (user_id, %1$s) where %1$s is not null do nothing""".formatted(column))
                .param("id", id).param("username", username).update();
        return added > 0;
    }

    /** Saves a search under a name: the deal list's filters, or a search query. */
    public void saveSearch(String username, SearchForm form) {
        jdbc.sql("""
                        insert into follow (user_id, search_kind, search_name, q, deal_type, deal_status, party, region, grade,
                                            announced_from, announced_to, since_change)
                        select u.id, :kind, :name, :q, :type, :status, :party, :region, :grade, :from, :to,
                               (select coalesce(max(id), 0) from change_log)
                        from app_user u where u.username = :username""")
                .param("kind", form.kind().name()).param("name", EditForm.text(form.name()))
                .param("q", blankToNull(form.q())).param("type", form.type() == null ? null : form.type().name())
                .param("status", form.status() == null ? null : form.status().name())
                .param("party", blankToNull(form.party())).param("region", blankToNull(form.region()))
                .param("grade", form.grade() == null ? null : form.grade().code())
                .param("from", form.from(), java.sql.Types.DATE).param("to", form.to(), java.sql.Types.DATE)
                .param("username", username).update();
    }

    /** Stops following; a follow of another user is not found. */
    public void unfollow(String username, long id) {
        int removed = jdbc.sql("""
                        delete from follow f using app_user u
                        where f.id = :id and f.user_id = u.id and u.username = :username""")
                .param("id", id).param("username", username).update();
        if (removed == 0) {
            throw new NotFoundException("follow", id);
        }
    }

    /** Everything the user follows, deals first, then parties and saved searches, each by name. */
    @Transactional(readOnly = true)
    public List<Followed> of(String username) {
        return jdbc.sql("""
                        select f.id, f.search_kind, f.search_name, f.q, f.deal_type, f.deal_status, f.party, f.region, f.grade,
                               f.announced_from, f.announced_to, f.created_at,
                               d.slug as deal_slug, d.title as deal_title, p.slug as party_slug, p.name as party_name, p.kind
                        from follow f join app_user u on u.id = f.user_id
                        left join deal d on d.id = f.deal_id
                        left join party p on p.id = f.party_id
                        where u.username = :username
                        order by case when f.deal_id is not null then 0 when f.party_id is not null then 1 else 2 end,
                                 lower(coalesce(d.title, p.name, f.search_name)), f.id""")
                .param("username", username)
                .query((rs, row) -> {
                    long id = rs.getLong("id");
                    var since = Rows.timestamp(rs, "created_at");
                    if (rs.getString("deal_slug") != null) {
                        return new Followed(id, Kind.DEAL, rs.getString("deal_slug"), rs.getString("deal_title"), null, null, since);
                    }
                    if (rs.getString("party_slug") != null) {
                        return new Followed(id, "REGULATOR".equals(rs.getString("kind")) ? Kind.REGULATOR : Kind.PARTY,
                                rs.getString("party_slug"), rs.getString("party_name"), null, null, since);
                    }
                    return new Followed(id, Kind.SEARCH, null, null, rs.getString("search_name"),
                            SearchForm.link(rs.getString("search_kind"), rs.getString("q"), rs.getString("deal_type"),
                                    rs.getString("deal_status"), rs.getString("party"), rs.getString("region"),
                                    rs.getString("grade"), Rows.date(rs, "announced_from"), Rows.date(rs, "announced_to")),
                            since);
                })
                .list();
    }

    private static String blankToNull(String text) {
        return EditForm.text(text);
    }
}
