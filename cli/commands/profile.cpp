// The freelancer's profile: the details documents print, the defaults of new
// projects, the working hours, every red-flag threshold and the number of
// backups to keep, as Preferences shows them.
#include "commands.h"

#include "cli/arguments.h"
#include "cli/cli.h"
#include "cli/records.h"

#include "core/documents/documentlanguage.h"
#include "core/storage/database.h"
#include "core/storage/stores.h"

#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace neuvo::commands {

namespace {

class ProfileShowCommand final : public DatabaseCommand
{
    Q_DECLARE_TR_FUNCTIONS(Cli)

public:
    ProfileShowCommand()
        : DatabaseCommand({u"profile show"_s, QT_TRANSLATE_NOOP("Cli", "[--json]"),
                           QT_TRANSLATE_NOOP("Cli", "Your details for documents, the defaults of new projects, "
                                                    "working hours and the red-flag thresholds.")},
                          Console::Access::Read, {Arguments::jsonOption()})
    {
    }

protected:
    Result<int> executeWithDatabase(Console &console, Database &db, const QCommandLineParser &parser) override
    {
        if (parser.isSet(option(u"json"_s))) {
            const auto json = Records::profileJson(db);
            if (!json)
                return Error{json.error()};
            console.out() << QJsonDocument(*json).toJson(QJsonDocument::Indented);
            return int(Cli::Success);
        }
        const auto profile = ProfileStore(db).load();
        if (!profile)
            return Error{profile.error()};
        const Profile &p = *profile;
        QList<QPair<QString, QString>> lines = {
            {tr("Name"), p.name},
            {tr("Legal form"), p.legalForm},
            {tr("Registration number"), p.registrationNumber},
            {tr("Address"), Console::oneLine(p.address)},
            {tr("E-mail"), p.email},
            {tr("Phone"), p.phone},
            {tr("Bank details"), Console::oneLine(p.bankDetails)},
            {tr("Currency"), p.currency},
            {tr("NDA markup"), tr("%1 %").arg(p.ndaMarkupPercent)},
            {tr("Included revisions"), QString::number(p.includedRevisions)},
            {tr("Guarantee"), tr("%1 %").arg(p.guaranteePercent)},
            {tr("Price change notice"), tr("%1 days").arg(p.noticeDays)},
            {tr("Working hours"), tr("%1–%2 on %3")
                                      .arg(p.workStart.toString(u"HH:mm"_s), p.workEnd.toString(u"HH:mm"_s),
                                           Records::days(p.workDays))},
            {tr("Floor rate per hour"), Records::money(p.floorRateMinor, p.currency)},
            {tr("VAT status"), toId(p.vatStatus)},
            {tr("VAT ID"), p.vatId},
            {tr("VAT rate"), tr("%1 %").arg(VatRate::number(p.vatRateTenths, QLocale::c()))},
            {tr("Prices include VAT"), p.pricesIncludeVat ? tr("yes") : tr("no")},
            {tr("IBAN"), p.iban},
            {tr("BIC"), p.bic},
            {tr("Invoice prefix"), p.invoicePrefix},
            {tr("Invoice numbers start each year"), p.invoiceNumbersYearly ? tr("yes") : tr("no")},
            {tr("Payment term"), tr("%1 days").arg(p.invoicePaymentDays)},
            {tr("Rush surcharge"), p.rushSurchargePercent ? tr("%1 %").arg(*p.rushSurchargePercent) : tr("none")},
            {tr("Backups to keep"), QString::number(p.backupsToKeep)},
        };
        for (auto it = p.vatExemptionTexts.cbegin(); it != p.vatExemptionTexts.cend(); ++it)
            lines.append({tr("Exemption sentence (%1)").arg(it.key()), Console::oneLine(it.value())});
        for (const ThresholdInfo &info : RuleThresholds::all())
            lines.append({QString::fromLatin1(info.key), QString::number(p.thresholds.value(QString::fromLatin1(info.key)))});
        console.out() << Console::fields(lines);
        return int(Cli::Success);
    }
};

class ProfileSetCommand final : public DatabaseCommand
{
    Q_DECLARE_TR_FUNCTIONS(Cli)

public:
    ProfileSetCommand()
        : DatabaseCommand(
              {u"profile set"_s, QT_TRANSLATE_NOOP("Cli", "[OPTIONS]"),
               QT_TRANSLATE_NOOP("Cli", "Change your profile: only the options given change."),
               QT_TRANSLATE_NOOP("Cli", "Contracts and invoices print your name, legal form, registration number, "
                                        "address, e-mail and bank details; quotes your name and e-mail. "
                                        "--threshold KEY=N sets one red-flag threshold; \"profile show\" lists "
                                        "the keys.")},
              Console::Access::Write, fieldOptions())
    {
    }

protected:
    Result<void> readArguments(Arguments &in, const QCommandLineParser &parser) override
    {
        m_given = in.givenOptions(true);
        Profile &p = m_changes;
        p = Profile();
        // Text is stored trimmed, as Preferences stores it.
        p.name = in.text(option(u"name"_s)).trimmed();
        p.legalForm = in.text(option(u"legal-form"_s)).trimmed();
        p.registrationNumber = in.text(option(u"registration-number"_s)).trimmed();
        p.address = in.text(option(u"address"_s)).trimmed();
        p.email = in.text(option(u"email"_s)).trimmed();
        p.phone = in.text(option(u"phone"_s)).trimmed();
        p.bankDetails = in.text(option(u"bank-details"_s)).trimmed();
        p.currency = in.text(option(u"currency"_s)).trimmed().toUpper();
        if (in.isSet(option(u"currency"_s)) && !Money::isCurrencyCode(p.currency))
            in.problem(tr("--currency: \"%1\" is not a three-letter ISO 4217 code such as EUR.")
                           .arg(in.text(option(u"currency"_s))));
        p.ndaMarkupPercent = in.number(option(u"nda-markup"_s), 0, 1000, 0);
        p.includedRevisions = in.number(option(u"revisions"_s), 0, 100, 0);
        p.guaranteePercent = in.number(option(u"guarantee"_s), 0, 100, 0);
        p.noticeDays = in.number(option(u"notice-days"_s), 0, 365, 0);
        p.workStart = in.time(option(u"work-start"_s), p.workStart);
        p.workEnd = in.time(option(u"work-end"_s), p.workEnd);
        p.workDays = in.weekdays(option(u"work-days"_s), p.workDays);
        p.vatStatus = in.choice(option(u"vat-status"_s), p.vatStatus);
        p.vatId = in.text(option(u"vat-id"_s)).trimmed();
        if (in.isSet(option(u"vat-rate"_s))) {
            if (const auto rate = VatRate::parse(in.text(option(u"vat-rate"_s))))
                p.vatRateTenths = *rate;
            else
                in.problem(u"--vat-rate: "_s + rate.error());
        }
        p.pricesIncludeVat = in.yesNo(option(u"prices-include-vat"_s), p.pricesIncludeVat);
        p.iban = in.text(option(u"iban"_s)).trimmed();
        p.bic = in.text(option(u"bic"_s)).trimmed().toUpper();
        p.invoicePrefix = in.text(option(u"invoice-prefix"_s));
        p.invoiceNumbersYearly = in.yesNo(option(u"yearly-numbers"_s), p.invoiceNumbersYearly);
        p.invoicePaymentDays = in.number(option(u"payment-days"_s), 0, 365, p.invoicePaymentDays);
        if (in.isSet(option(u"rush-surcharge"_s))) {
            // "none" (or 0) takes the surcharge away.
            const QString rush = in.text(option(u"rush-surcharge"_s)).trimmed();
            if (rush == u"none"_s || rush == u"0"_s)
                p.rushSurchargePercent.reset();
            else
                p.rushSurchargePercent = in.number(option(u"rush-surcharge"_s), Profile::MinRushSurchargePercent,
                                                   Profile::MaxRushSurchargePercent, 0);
        }
        m_exemptions.clear();
        for (const QString &setting : parser.values(option(u"exemption"_s))) {
            const QString language = setting.section(u'=', 0, 0).trimmed();
            if (!setting.contains(u'=') || !DocumentLanguage::ids().contains(language))
                in.problem(tr("--exemption: \"%1\" is not LANG=TEXT with LANG one of %2.")
                               .arg(setting, DocumentLanguage::ids().join(u", "_s)));
            else
                m_exemptions.insert(language, setting.section(u'=', 1).trimmed());
        }
        p.backupsToKeep = in.number(option(u"backups-to-keep"_s), 1, Profile::MaxBackupsToKeep,
                                    Profile::DefaultBackupsToKeep);
        m_thresholds.clear();
        for (const QString &setting : parser.values(option(u"threshold"_s))) {
            const QString key = setting.section(u'=', 0, 0).trimmed();
            bool ok = false;
            const int value = setting.section(u'=', 1).trimmed().toInt(&ok);
            if (!setting.contains(u'=') || !RuleThresholds::isKnown(key) || !ok || value < 0 || value > 100000)
                in.problem(tr("--threshold: \"%1\" is not KEY=N with a key of \"profile show\" and N from 0 to "
                              "100000.")
                               .arg(setting));
            else
                m_thresholds.insert(key, value);
        }
        return {};
    }

    Result<int> executeWithDatabase(Console &console, Database &db, const QCommandLineParser &parser) override
    {
        ProfileStore store(db);
        auto stored = store.load();
        if (!stored)
            return Error{stored.error()};
        Profile profile = *stored;
        auto copy = [&](const QString &option, auto member) {
            if (m_given.contains(option))
                profile.*member = m_changes.*member;
        };
        copy(u"name"_s, &Profile::name);
        copy(u"legal-form"_s, &Profile::legalForm);
        copy(u"registration-number"_s, &Profile::registrationNumber);
        copy(u"address"_s, &Profile::address);
        copy(u"email"_s, &Profile::email);
        copy(u"phone"_s, &Profile::phone);
        copy(u"bank-details"_s, &Profile::bankDetails);
        copy(u"currency"_s, &Profile::currency);
        copy(u"nda-markup"_s, &Profile::ndaMarkupPercent);
        copy(u"revisions"_s, &Profile::includedRevisions);
        copy(u"guarantee"_s, &Profile::guaranteePercent);
        copy(u"notice-days"_s, &Profile::noticeDays);
        copy(u"work-start"_s, &Profile::workStart);
        copy(u"work-end"_s, &Profile::workEnd);
        copy(u"work-days"_s, &Profile::workDays);
        copy(u"vat-status"_s, &Profile::vatStatus);
        copy(u"vat-id"_s, &Profile::vatId);
        copy(u"vat-rate"_s, &Profile::vatRateTenths);
        copy(u"prices-include-vat"_s, &Profile::pricesIncludeVat);
        copy(u"iban"_s, &Profile::iban);
        copy(u"bic"_s, &Profile::bic);
        copy(u"invoice-prefix"_s, &Profile::invoicePrefix);
        copy(u"yearly-numbers"_s, &Profile::invoiceNumbersYearly);
        copy(u"payment-days"_s, &Profile::invoicePaymentDays);
        copy(u"rush-surcharge"_s, &Profile::rushSurchargePercent);
        // An empty text gives the language Neuvo's standard sentence again.
        for (auto it = m_exemptions.cbegin(); it != m_exemptions.cend(); ++it) {
            if (it.value().isEmpty())
                profile.vatExemptionTexts.remove(it.key());
            else
                profile.vatExemptionTexts.insert(it.key(), it.value());
        }
        copy(u"backups-to-keep"_s, &Profile::backupsToKeep);
        for (auto it = m_thresholds.cbegin(); it != m_thresholds.cend(); ++it)
            profile.thresholds.setValue(it.key(), it.value());
        // The floor rate is read in the profile's currency, known only now.
        Arguments in(*this, parser);
        profile.floorRateMinor = in.amount(option(u"floor-rate"_s), profile.currency, profile.floorRateMinor)
                                     .value_or(0);
        if (!in.ok())
            return in.usageError(console);
        if (auto saved = store.save(profile); !saved)
            return Error{saved.error()};
        console.out() << tr("Saved the profile: %1.").arg(m_given.join(u", "_s)) << u'\n';
        return int(Cli::Success);
    }

private:
    static QList<QCommandLineOption> fieldOptions()
    {
        return {
            QCommandLineOption(u"name"_s, tr("Your name, as documents print it."), tr("TEXT")),
            QCommandLineOption(u"legal-form"_s, tr("Legal form, e.g. sole proprietor."), tr("TEXT")),
            QCommandLineOption(u"registration-number"_s, tr("Business id or tax number."), tr("TEXT")),
            QCommandLineOption(u"address"_s, tr("Postal address."), tr("TEXT")),
            QCommandLineOption(u"email"_s, tr("E-mail address."), tr("ADDRESS")),
            QCommandLineOption(u"phone"_s, tr("Phone number."), tr("TEXT")),
            QCommandLineOption(u"bank-details"_s, tr("Bank account for invoices (IBAN, BIC)."), tr("TEXT")),
            QCommandLineOption(u"currency"_s, tr("Currency of new projects (ISO 4217)."), tr("CODE")),
            QCommandLineOption(u"nda-markup"_s, tr("NDA markup of new projects in percent."), tr("PERCENT")),
            QCommandLineOption(u"revisions"_s, tr("Revision rounds included in new projects."), tr("N")),
            QCommandLineOption(u"guarantee"_s, tr("Refund of new projects for a missed deadline, in percent."),
                               tr("PERCENT")),
            QCommandLineOption(u"notice-days"_s, tr("Days of notice before a price change."), tr("N")),
            QCommandLineOption(u"work-start"_s, tr("Your working hours from."), tr("HH:MM")),
            QCommandLineOption(u"work-end"_s, tr("Your working hours until."), tr("HH:MM")),
            QCommandLineOption(u"work-days"_s, tr("Your working days, e.g. mon,tue,wed,thu,fri."), tr("DAYS")),
            QCommandLineOption(u"floor-rate"_s, tr("The least you work for per hour (empty: none)."), tr("AMOUNT")),
            QCommandLineOption(u"threshold"_s, tr("One red-flag threshold; may be given several times."),
                               tr("KEY=N")),
            QCommandLineOption(u"backups-to-keep"_s,
                               tr("How many backups of each kind are kept beside the database file (1 to 1000)."),
                               tr("N")),
            QCommandLineOption(u"vat-status"_s,
                               tr("VAT status: %1.").arg(allIds<VatStatus>().join(u", "_s)), tr("STATUS")),
            QCommandLineOption(u"vat-id"_s, tr("Your VAT ID, e.g. FI12345678 (needed when registered)."), tr("ID")),
            QCommandLineOption(u"vat-rate"_s, tr("Default VAT rate in percent, e.g. 25.5."), tr("PERCENT")),
            QCommandLineOption(u"prices-include-vat"_s, tr("Project prices are gross (VAT included)."),
                               tr("yes|no")),
            QCommandLineOption(u"exemption"_s,
                               tr("The sentence printed when no VAT is charged, per document language, e.g. "
                                  "ru=\"Без НДС\" (empty text: Neuvo's standard one); may be given several "
                                  "times."),
                               tr("LANG=TEXT")),
            QCommandLineOption(u"iban"_s, tr("IBAN for the reference number, bank bar code and QR code."),
                               tr("IBAN")),
            QCommandLineOption(u"bic"_s, tr("BIC of your bank."), tr("BIC")),
            QCommandLineOption(u"invoice-prefix"_s, tr("Printed before invoice numbers, e.g. INV-."), tr("TEXT")),
            QCommandLineOption(u"yearly-numbers"_s, tr("Invoice numbers start again each year."), tr("yes|no")),
            QCommandLineOption(u"payment-days"_s, tr("Days to pay an invoice whose stage has no due date."),
                               tr("N")),
            QCommandLineOption(u"rush-surcharge"_s,
                               tr("What a rush costs on top of the price, 1–500 %, named in the rush "
                                  "counter-offer; none (or 0) for no surcharge."),
                               tr("N|none")),
        };
    }

    Profile m_changes;
    QStringList m_given;
    QMap<QString, int> m_thresholds;
    QMap<QString, QString> m_exemptions;
};

} // namespace

CommandList profile()
{
    CommandList list;
    auto group = std::make_unique<CommandGroup>(
        u"profile"_s, QT_TRANSLATE_NOOP("Cli", "Your profile: show and set."));
    group->add(std::make_unique<ProfileShowCommand>());
    group->add(std::make_unique<ProfileSetCommand>());
    list.push_back(std::move(group));
    return list;
}

} // namespace neuvo::commands
