#include "leadgraph.h"

#include "rules/rules.h"

#include <QLoggingCategory>
#include <QSet>

#include <algorithm>

Q_LOGGING_CATEGORY(lcRules, "firstcall.rules")

namespace {

QString firstString(const QJsonObject &o, std::initializer_list<const char *> keys)
{
    for (const char *key : keys) {
        const QJsonValue v = o.value(QLatin1StringView(key));
        if (v.isString() && !v.toString().isEmpty())
            return v.toString();
    }
    return {};
}

void appendUnique(QList<int> *list, int value)
{
    if (value >= 0 && !list->contains(value))
        list->append(value);
}

} // namespace

QString Contact::name() const
{
    QString n = firstString(traits, {"name"});
    if (n.isEmpty()) {
        const QString first = firstString(traits, {"firstName", "first_name"});
        const QString last = firstString(traits, {"lastName", "last_name"});
        n = QString(first + u' ' + last).trimmed();
    }
    return n.isEmpty() ? id : n;
}

QString Contact::lifecycleStage() const
{
    return firstString(traits, {"lifecycleStage", "lifecycle_stage", "leadStatus"});
}

QString Account::name() const
{
    const QString n = firstString(traits, {"name"});
    return n.isEmpty() ? id : n;
}

LeadGraph::LeadGraph(const Rules &rules)
    : m_rules(rules)
{}

int LeadGraph::contactIndex(const QString &userId) const
{
    return resolve(m_contactIndex.value(userId, -1));
}

int LeadGraph::resolve(int contact) const
{
    while (contact >= 0 && m_contacts[size_t(contact)].mergedInto >= 0)
        contact = m_contacts[size_t(contact)].mergedInto;
    return contact;
}

int LeadGraph::accountIndex(const QString &groupId) const
{
    return m_accountIndex.value(groupId, -1);
}

int LeadGraph::ensureContact(const QString &userId)
{
    const auto it = m_contactIndex.constFind(userId);
    if (it != m_contactIndex.constEnd())
        return resolve(it.value());
    const int index = int(m_contacts.size());
    m_contacts.push_back(Contact{});
    m_contacts.back().id = userId;
    m_contactIndex.insert(userId, index);
    return index;
}

QString LeadGraph::companyDomain(const QString &email)
{
    // Addresses anyone can get: they say nothing about a company.
    static const QSet<QString> freeMail = {
        QStringLiteral("gmail.com"),      QStringLiteral("googlemail.com"), QStringLiteral("yahoo.com"),
        QStringLiteral("yahoo.co.uk"),    QStringLiteral("yahoo.fr"),       QStringLiteral("yahoo.de"),
        QStringLiteral("yahoo.es"),       QStringLiteral("ymail.com"),      QStringLiteral("rocketmail.com"),
        QStringLiteral("hotmail.com"),    QStringLiteral("hotmail.co.uk"),  QStringLiteral("hotmail.fr"),
        QStringLiteral("hotmail.de"),     QStringLiteral("hotmail.es"),     QStringLiteral("outlook.com"),
        QStringLiteral("outlook.de"),     QStringLiteral("outlook.es"),     QStringLiteral("live.com"),
        QStringLiteral("live.co.uk"),     QStringLiteral("msn.com"),        QStringLiteral("aol.com"),
        QStringLiteral("icloud.com"),     QStringLiteral("me.com"),         QStringLiteral("mac.com"),
        QStringLiteral("proton.me"),      QStringLiteral("protonmail.com"), QStringLiteral("pm.me"),
        QStringLiteral("tutanota.com"),   QStringLiteral("gmx.de"),         QStringLiteral("gmx.net"),
        QStringLiteral("gmx.com"),        QStringLiteral("web.de"),         QStringLiteral("t-online.de"),
        QStringLiteral("freenet.de"),     QStringLiteral("mail.com"),       QStringLiteral("fastmail.com"),
        QStringLiteral("hey.com"),        QStringLiteral("zoho.com"),       QStringLiteral("yandex.ru"),
        QStringLiteral("yandex.com"),     QStringLiteral("mail.ru"),        QStringLiteral("qq.com"),
        QStringLiteral("163.com"),        QStringLiteral("126.com"),        QStringLiteral("orange.fr"),
        QStringLiteral("free.fr"),        QStringLiteral("laposte.net"),    QStringLiteral("libero.it"),
        QStringLiteral("btinternet.com"), QStringLiteral("comcast.net"),    QStringLiteral("verizon.net"),
        QStringLiteral("att.net"),        QStringLiteral("sbcglobal.net"),  QStringLiteral("terra.es"),
    };
    const qsizetype at = email.lastIndexOf(u'@');
    if (at <= 0)
        return {};
    const QString domain = email.mid(at + 1).trimmed().toLower();
    if (!domain.contains(u'.') || domain.startsWith(u'.') || domain.endsWith(u'.') || domain.contains(u' ') ||
        freeMail.contains(domain))
        return {};
    return domain;
}

int LeadGraph::ensureAccount(const QString &groupId)
{
    const auto it = m_accountIndex.constFind(groupId);
    if (it != m_accountIndex.constEnd())
        return it.value();
    const int index = int(m_accounts.size());
    m_accounts.push_back(Account{});
    m_accounts.back().id = groupId;
    m_accountIndex.insert(groupId, index);
    return index;
}

void LeadGraph::addSignal(int contact, int type, qint64 atMs, int account)
{
    Contact &c = m_contacts[size_t(contact)];
    if (account >= 0 && account != c.account) {
        c.hasForeignSignals = true;
        appendUnique(&m_accounts[size_t(account)].contacts, contact);
    }
    c.signalEvents.push_back(SignalEvent{atMs, type, account});
}

void LeadGraph::addAccountSignal(int account, int type, qint64 atMs)
{
    m_accounts[size_t(account)].signalEvents.push_back(SignalEvent{atMs, type, account});
}

void LeadGraph::setContactAccount(int contact, int account)
{
    Contact &c = m_contacts[size_t(contact)];
    if (c.account == account)
        return;
    if (c.accountFromDomain && c.account >= 0) // its email domain's account was only a stand-in
        m_accounts[size_t(c.account)].contacts.removeAll(contact);
    c.account = account;
    appendUnique(&m_accounts[size_t(account)].contacts, contact);
    c.hasForeignSignals =
        std::any_of(c.signalEvents.cbegin(), c.signalEvents.cend(),
                    [account](const SignalEvent &s) { return s.account >= 0 && s.account != account; });
    for (const SignalEvent &s : c.pendingAccountSignals)
        addAccountSignal(account, s.type, s.atMs);
    c.pendingAccountSignals.clear();
}

qsizetype LeadGraph::pendingAnonymousCalls() const
{
    qsizetype n = 0;
    for (const auto &calls : m_pendingAnonymous)
        n += calls.size();
    return n;
}

void LeadGraph::touchAccount(int account, Change *change) const
{
    if (account < 0)
        return;
    appendUnique(&change->accounts, account);
    for (int c : m_accounts[size_t(account)].contacts) {
        if (m_contacts[size_t(c)].account == account)
            appendUnique(&change->contacts, c);
    }
}

void LeadGraph::updateTraits(int contact, const QJsonObject &traits)
{
    Contact &c = m_contacts[size_t(contact)];
    for (auto it = traits.constBegin(); it != traits.constEnd(); ++it)
        c.traits.insert(it.key(), it.value());
    c.cLevel = m_rules.isCLevel(c.title(), c.seniority());
}

LeadGraph::Change LeadGraph::apply(const SegmentCall &call)
{
    Change change;
    if (!call.messageId.isEmpty()) {
        if (m_seenMessageIds.contains(call.messageId)) {
            change.duplicate = true;
            return change;
        }
        m_seenMessageIds.insert(call.messageId);
    }

    if (call.type == SegmentCall::Type::Alias) {
        const int contact = ensureContact(call.userId);
        link(call.previousId, contact, &change);
        appendUnique(&change.contacts, contact);
        return change;
    }

    int contact = -1;
    if (!call.userId.isEmpty()) {
        contact = ensureContact(call.userId);
    } else {
        contact = resolve(m_anonymousToContact.value(call.anonymousId, -1));
        if (contact < 0) {
            m_pendingAnonymous[call.anonymousId].append(call);
            change.pending = true;
            return change;
        }
    }
    contact = resolve(contact);
    change = applyIdentified(call, contact);
    if (!call.userId.isEmpty() && !call.anonymousId.isEmpty())
        link(call.anonymousId, contact, &change);
    return change;
}

LeadGraph::Change LeadGraph::applyIdentified(const SegmentCall &call, int contact)
{
    Change change;
    appendUnique(&change.contacts, contact);
    switch (call.type) {
    case SegmentCall::Type::Identify: {
        updateTraits(contact, call.traits);
        // Without a group call, a contact joins the account of its company's email domain.
        Contact &c = m_contacts[size_t(contact)];
        if (const QString domain = companyDomain(c.email());
            !domain.isEmpty() && (c.account < 0 || c.accountFromDomain)) {
            const int account = ensureAccount(domain);
            Account &a = m_accounts[size_t(account)];
            if (!a.traits.contains(QLatin1StringView("domain")))
                a.traits.insert(QStringLiteral("domain"), domain);
            if (!a.traits.contains(QLatin1StringView("name")))
                a.traits.insert(QStringLiteral("name"), domain);
            const int previous = c.account;
            setContactAccount(contact, account);
            m_contacts[size_t(contact)].accountFromDomain = true;
            touchAccount(previous, &change);
        }
        touchAccount(m_contacts[size_t(contact)].account, &change);
        return change;
    }
    case SegmentCall::Type::Group: {
        const int account = ensureAccount(call.groupId);
        Account &a = m_accounts[size_t(account)];
        for (auto it = call.traits.constBegin(); it != call.traits.constEnd(); ++it)
            a.traits.insert(it.key(), it.value());
        const int previous = m_contacts[size_t(contact)].account;
        setContactAccount(contact, account);
        m_contacts[size_t(contact)].accountFromDomain = false;
        touchAccount(previous, &change);
        touchAccount(account, &change);
        return change;
    }
    case SegmentCall::Type::Track:
    case SegmentCall::Type::Page:
        break;
    case SegmentCall::Type::Alias:
        return change;
    }

    const bool page = call.type == SegmentCall::Type::Page;
    const QString what = page ? call.pagePath() : call.event;
    const int type = page ? m_rules.typeForPage(what) : m_rules.typeForEvent(what);
    if (type < 0 && !page)
        noteUnmappedEvent(what);
    const qint64 atMs = call.timestamp.toMSecsSinceEpoch();
    const QString groupId = call.contextGroupId();
    int account = groupId.isEmpty() ? -1 : ensureAccount(groupId);
    if (account >= 0 &&
        (m_contacts[size_t(contact)].account < 0 || m_contacts[size_t(contact)].accountFromDomain)) {
        setContactAccount(contact, account);
        m_contacts[size_t(contact)].accountFromDomain = false;
    }

    Activity activity{atMs, call.type, page && what.isEmpty() ? call.name : what, type, call.messageId};
    if (type >= 0 && m_rules.signalTypes.at(type).scope == SignalScope::Account) {
        if (account < 0)
            account = m_contacts[size_t(contact)].account;
        if (account < 0) {
            m_contacts[size_t(contact)].pendingAccountSignals.push_back(SignalEvent{atMs, type, -1});
        } else {
            addAccountSignal(account, type, atMs);
            touchAccount(account, &change);
        }
        if (m_recordHistory) {
            if (account >= 0)
                m_accounts[size_t(account)].history.append(activity);
            else
                m_contacts[size_t(contact)].history.append(activity);
        }
        return change;
    }

    if (type >= 0) {
        addSignal(contact, type, atMs, account);
        const int scoredAccount = account >= 0 ? account : m_contacts[size_t(contact)].account;
        if (scoredAccount >= 0)
            appendUnique(&change.accounts, scoredAccount);
    }
    if (m_recordHistory)
        m_contacts[size_t(contact)].history.append(activity);
    return change;
}

void LeadGraph::link(const QString &anonymousOrPreviousId, int contact, Change *change)
{
    if (anonymousOrPreviousId.isEmpty())
        return;
    const int previous = contactIndex(anonymousOrPreviousId);
    if (previous >= 0 && previous != contact)
        mergeContact(previous, contact, change);
    m_anonymousToContact.insert(anonymousOrPreviousId, contact);
    const QList<SegmentCall> pending = m_pendingAnonymous.take(anonymousOrPreviousId);
    for (const SegmentCall &call : pending) {
        const Change replayed = applyIdentified(call, contact);
        for (int c : replayed.contacts)
            appendUnique(&change->contacts, c);
        for (int a : replayed.accounts)
            appendUnique(&change->accounts, a);
    }
    if (!pending.isEmpty()) {
        QList<Activity> &history = m_contacts[size_t(contact)].history;
        std::stable_sort(history.begin(), history.end(),
                         [](const Activity &a, const Activity &b) { return a.atMs < b.atMs; });
    }
}

void LeadGraph::mergeContact(int from, int into, Change *change)
{
    Contact &source = m_contacts[size_t(from)];
    if (source.mergedInto >= 0)
        return;
    Contact &target = m_contacts[size_t(into)];
    for (auto it = source.traits.constBegin(); it != source.traits.constEnd(); ++it) {
        if (!target.traits.contains(it.key()))
            target.traits.insert(it.key(), it.value());
    }
    target.cLevel = m_rules.isCLevel(target.title(), target.seniority());
    if (target.account < 0 && source.account >= 0)
        setContactAccount(into, source.account);
    for (const SignalEvent &s : source.signalEvents)
        addSignal(into, s.type, s.atMs, s.account);
    for (const SignalEvent &s : source.pendingAccountSignals) {
        if (target.account >= 0)
            addAccountSignal(target.account, s.type, s.atMs);
        else
            target.pendingAccountSignals.push_back(s);
    }
    target.history.append(source.history);
    std::sort(target.history.begin(), target.history.end(),
              [](const Activity &a, const Activity &b) { return a.atMs < b.atMs; });
    if (source.account >= 0) {
        m_accounts[size_t(source.account)].contacts.removeAll(from);
        touchAccount(source.account, change);
    }
    source.signalEvents.clear();
    source.pendingAccountSignals.clear();
    source.history.clear();
    source.mergedInto = into;
    source.account = -1;
    m_contactIndex.insert(source.id, into);
    appendUnique(&change->contacts, into);
    touchAccount(target.account, change);
}

void LeadGraph::noteUnmappedEvent(const QString &event)
{
    // Nothing is ignored silently: an event that looks like a signal but scores nothing is said
    // once, in the feed's log and on firstcall-score's stderr. The set is bounded against noise.
    if (event.isEmpty() || m_unmappedEvents.size() >= 10'000 || m_unmappedEvents.contains(event))
        return;
    m_unmappedEvents.insert(event);
    if (const int type = m_rules.lookalikeType(event); type >= 0)
        qCWarning(lcRules).noquote()
            << QStringLiteral("event \"%1\" maps to no signal of the rules \"%2\" but looks like "
                              "%3: add it to the rules' \"events\" to score it")
                   .arg(event, m_rules.name, m_rules.signalTypes.at(type).id);
}
