<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>ContractDocument</name>
    <message>
        <source>Service agreement</source>
        <translation>Договор возмездного оказания услуг</translation>
    </message>
    <message>
        <source>No. %1 of %2</source>
        <translation>№ %1 от %2 г.</translation>
    </message>
    <message>
        <source>Parties</source>
        <translation>Стороны</translation>
    </message>
    <message>
        <source>Contractor</source>
        <translation>Исполнитель</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Заказчик</translation>
    </message>
    <message>
        <source>The Contractor performs the work independently, as an entrepreneur, and is not in an employment relationship with the Client.</source>
        <translation>Исполнитель выполняет работу самостоятельно, как предприниматель, и не состоит с Заказчиком в трудовых отношениях.</translation>
    </message>
    <message>
        <source>Subject of the agreement</source>
        <translation>Предмет договора</translation>
    </message>
    <message>
        <source>The Client orders and the Contractor performs the work “%1”.</source>
        <translation>Заказчик поручает, а Исполнитель выполняет работу «%1».</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Объём работ</translation>
    </message>
    <message>
        <source>The price includes:</source>
        <translation>В стоимость входит:</translation>
    </message>
    <message>
        <source>Work not listed here is outside the scope of this agreement and is agreed separately (see “Revisions and changes”).</source>
        <translation>Работы, не перечисленные здесь, не входят в предмет настоящего договора и согласуются отдельно (см. «Правки и изменения»).</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Стоимость</translation>
    </message>
    <message>
        <source>The price is fixed for the scope above. Currency: %1.</source>
        <translation>Стоимость является фиксированной для указанного объёма работ. Валюта: %1.</translation>
    </message>
    <message>
        <source>The discount is given in return for: %1.</source>
        <translation>Скидка предоставлена взамен на следующее: %1.</translation>
    </message>
    <message>
        <source>Payment in stages</source>
        <translation>Поэтапная оплата</translation>
    </message>
    <message>
        <source>The price is paid in advance, split into the stages below. Each stage is paid in full before work on it starts. The next stage is paid after the previous stage has been delivered.</source>
        <translation>Стоимость оплачивается авансом по этапам, указанным ниже. Каждый этап оплачивается полностью до начала работы по нему. Следующий этап оплачивается после сдачи предыдущего.</translation>
    </message>
    <message>
        <source>The Contractor sends an invoice for each stage. Payment by bank transfer to: %1. Payment reference: the contract number %2 and the stage number.</source>
        <translation>Исполнитель выставляет счёт на каждый этап. Оплата банковским переводом по реквизитам: %1. В назначении платежа указываются номер договора %2 и номер этапа.</translation>
    </message>
    <message>
        <source>Deadline and guarantee</source>
        <translation>Сроки и гарантия</translation>
    </message>
    <message>
        <source>The work is delivered in full by %1.</source>
        <translation>Работа сдаётся в полном объёме не позднее %1 г.</translation>
    </message>
    <message>
        <source>Each stage is delivered by the date the parties agree in writing when it is paid.</source>
        <translation>Каждый этап сдаётся к дате, которую стороны согласуют письменно при его оплате.</translation>
    </message>
    <message>
        <source>Guarantee: if the Contractor misses the deadline of a stage, the Contractor refunds %1 of the price of that stage to the Client.</source>
        <translation>Гарантия: если Исполнитель нарушает срок сдачи этапа, Исполнитель возвращает Заказчику %1 стоимости этого этапа.</translation>
    </message>
    <message>
        <source>A delay caused by the Client (late payment, materials or feedback) or by force majeure moves the deadline by the length of the delay and gives no right to a refund.</source>
        <translation>Задержка по вине Заказчика (несвоевременная оплата, материалы или обратная связь) или вследствие форс-мажора переносит срок на время задержки и не даёт права на возврат.</translation>
    </message>
    <message>
        <source>Revisions and changes</source>
        <translation>Правки и изменения</translation>
    </message>
    <message>
        <source>Confidentiality</source>
        <translation>Конфиденциальность</translation>
    </message>
    <message>
        <source>The Contractor keeps confidential all information received from the Client under this agreement and does not disclose it to third parties.</source>
        <translation>Исполнитель сохраняет в тайне всю информацию, полученную от Заказчика по настоящему договору, и не раскрывает её третьим лицам.</translation>
    </message>
    <message>
        <source>The Contractor does not show the results of the work in a portfolio and does not name the Client as a customer without the Client&apos;s written consent. This restriction is compensated by the confidentiality surcharge of %1 included in the price.</source>
        <translation>Исполнитель не размещает результаты работы в портфолио и не называет Заказчика своим клиентом без письменного согласия Заказчика. Это ограничение компенсируется надбавкой за конфиденциальность в размере %1, включённой в стоимость.</translation>
    </message>
    <message>
        <source>The duty of confidentiality remains in force after this agreement ends.</source>
        <translation>Обязанность соблюдать конфиденциальность сохраняется и после прекращения договора.</translation>
    </message>
    <message>
        <source>Term and price changes</source>
        <translation>Срок действия и изменение цен</translation>
    </message>
    <message>
        <source>This agreement is in force for %1, from %2 to %3. It is renewed for the same term unless either party gives written notice before the term ends.</source>
        <translation>Срок действия договора — %1, с %2 г. по %3 г. Договор продлевается на тот же срок, если ни одна из сторон не заявит письменно о его прекращении до окончания срока.</translation>
    </message>
    <message>
        <source>This agreement is in force from its signing until the work has been delivered and every stage has been paid.</source>
        <translation>Договор действует с момента подписания до сдачи работы и оплаты всех этапов.</translation>
    </message>
    <message>
        <source>The Contractor announces any change of prices in writing at least %1 before it takes effect. A change of prices does not apply to stages already paid.</source>
        <translation>Исполнитель письменно уведомляет об изменении цен не менее чем за %1 до его вступления в силу. Изменение цен не распространяется на уже оплаченные этапы.</translation>
    </message>
    <message>
        <source>Communication</source>
        <translation>Порядок взаимодействия</translation>
    </message>
    <message>
        <source>Preferred channel</source>
        <translation>Основной канал связи</translation>
    </message>
    <message>
        <source>Calls and messages</source>
        <translation>Звонки и сообщения</translation>
    </message>
    <message>
        <source>%1, %2–%3 (time zone %4)</source>
        <translation>%1, %2–%3 (часовой пояс %4)</translation>
    </message>
    <message>
        <source>Messages sent outside these hours are answered on the next working day. The Contractor reports progress when each stage is delivered.</source>
        <translation>На сообщения, отправленные в другое время, Исполнитель отвечает в следующий рабочий день. Исполнитель сообщает о ходе работ при сдаче каждого этапа.</translation>
    </message>
    <message>
        <source>Agreements made by phone, in a meeting or in a messenger are binding only once confirmed in writing: after each such conversation the Contractor sends a written summary, and the Client confirms it.</source>
        <translation>Договорённости, достигнутые по телефону, на встрече или в мессенджере, обязательны только после письменного подтверждения: после каждого такого разговора Исполнитель направляет письменное резюме, а Заказчик его подтверждает.</translation>
    </message>
    <message>
        <source>Signatures</source>
        <translation>Подписи сторон</translation>
    </message>
    <message>
        <source>The agreement takes effect when both parties have signed it. A signed copy sent electronically is as valid as the original.</source>
        <translation>Договор вступает в силу с момента его подписания обеими сторонами. Подписанная копия, переданная в электронном виде, имеет силу оригинала.</translation>
    </message>
    <message>
        <source>Place and date</source>
        <translation>Место и дата</translation>
    </message>
    <message>
        <source>Service agreement No. %1</source>
        <translation>Договор № %1</translation>
    </message>
    <message>
        <source>The price includes %1. A revision round is one consolidated list of comments from the Client on a delivered stage.</source>
        <translation>В стоимость включено: %1. Раунд правок — это один сводный список замечаний Заказчика к сданному этапу.</translation>
    </message>
    <message>
        <source>Errors of the Contractor are corrected free of charge at any time.</source>
        <translation>Ошибки Исполнителя исправляются бесплатно в любое время.</translation>
    </message>
    <message>
        <source>Changes outside the agreed scope, and revisions beyond the included rounds, are billed separately. The Contractor first states the price and deadline of the change in writing (a change order); the work starts when the Client has confirmed the change order in writing.</source>
        <translation>Изменения сверх согласованного объёма и правки сверх включённых раундов оплачиваются отдельно. Исполнитель сначала письменно сообщает стоимость и срок изменения (заказ на изменение); работа начинается после письменного подтверждения Заказчиком.</translation>
    </message>
</context>
<context>
    <name>DocumentCommon</name>
    <message>
        <source>%1 %</source>
        <extracomment>A percentage, e.g. &quot;30 %&quot;.</extracomment>
        <translation>%1 %</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n день</numerusform>
            <numerusform>%n дня</numerusform>
            <numerusform>%n дней</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n месяц</numerusform>
            <numerusform>%n месяца</numerusform>
            <numerusform>%n месяцев</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n revision round(s)</source>
        <translation>
            <numerusform>%n раунд правок</numerusform>
            <numerusform>%n раунда правок</numerusform>
            <numerusform>%n раундов правок</numerusform>
        </translation>
    </message>
    <message>
        <source>e-mail</source>
        <translation>электронная почта</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>телефон</translation>
    </message>
    <message>
        <source>messenger</source>
        <translation>мессенджер</translation>
    </message>
    <message>
        <source>meetings</source>
        <translation>личные встречи</translation>
    </message>
    <message>
        <source>%1–%2</source>
        <translation>%1–%2</translation>
    </message>
    <message>
        <source>Base price for the scope above</source>
        <translation>Базовая стоимость указанного объёма работ</translation>
    </message>
    <message>
        <source>Confidentiality (NDA) surcharge, %1 of the base price</source>
        <translation>Надбавка за конфиденциальность (NDA), %1 от базовой стоимости</translation>
    </message>
    <message>
        <source>Discount, %1</source>
        <translation>Скидка, %1</translation>
    </message>
    <message>
        <source>Discount</source>
        <translation>Скидка</translation>
    </message>
    <message>
        <source>Total price</source>
        <translation>Итоговая стоимость</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Позиция</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Сумма</translation>
    </message>
    <message>
        <source>on signing</source>
        <translation>при подписании</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Этап</translation>
    </message>
    <message>
        <source>Work</source>
        <translation>Работа</translation>
    </message>
    <message>
        <source>Payment due</source>
        <translation>Срок оплаты</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Итого</translation>
    </message>
    <message>
        <source>Registration number</source>
        <translation>Рег. номер</translation>
    </message>
    <message>
        <source>Bank account</source>
        <translation>Банковские реквизиты</translation>
    </message>
    <message>
        <source>Messenger</source>
        <translation>Мессенджер</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
</context>
<context>
    <name>DocumentLanguage</name>
    <message>
        <source>The %1 catalogue of the documents (%2) is missing from this build.</source>
        <translation>Каталог перевода документов для языка %1 (%2) отсутствует в этой сборке.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a document language; use one of: %2.</source>
        <translation>«%1» — не язык документов; используйте один из: %2.</translation>
    </message>
    <message>
        <source>MMMM d, yyyy</source>
        <extracomment>QDate::toString format of a date in the text of a printed document. MMMM is the month name as used after a day number.</extracomment>
        <translation>d MMMM yyyy</translation>
    </message>
    <message>
        <source>MMM d, yyyy</source>
        <extracomment>QDate::toString format of a date in a table of a printed document.</extracomment>
        <translation>dd.MM.yyyy</translation>
    </message>
</context>
<context>
    <name>DocumentRenderer</name>
    <message>
        <source>There is no document to print.</source>
        <translation>Нет документа для печати.</translation>
    </message>
    <message>
        <source>Cannot start printing: the printer or file refused to open.</source>
        <translation>Не удаётся начать печать: принтер или файл не открывается.</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <extracomment>Page footer of a printed document: &quot;Page 1 of 3&quot;.</extracomment>
        <translation>Страница %1 из %2</translation>
    </message>
    <message>
        <source>Cannot start page %1 on the printer or file.</source>
        <translation>Не удаётся начать страницу %1 на принтере или в файле.</translation>
    </message>
    <message>
        <source>Printing did not finish.</source>
        <translation>Печать не завершилась.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Не удаётся записать %1: %2</translation>
    </message>
</context>
<context>
    <name>DocumentRequirements</name>
    <message>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Legal form</source>
        <translation>Правовая форма</translation>
    </message>
    <message>
        <source>Registration number</source>
        <translation>Регистрационный номер</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Адрес</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Электронная почта</translation>
    </message>
    <message>
        <source>Bank details</source>
        <translation>Банковские реквизиты</translation>
    </message>
    <message>
        <source>Profile → %1</source>
        <extracomment>Where a missing value is filled in: &quot;Profile → Bank details&quot;.</extracomment>
        <translation>Профиль → %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>A missing profile field and where to fill it: &quot;Bank details (Profile → Bank details)&quot;.</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>The contract needs details that are missing from your profile: %1.</source>
        <translation>Для договора нужны данные, которых нет в вашем профиле: %1.</translation>
    </message>
    <message>
        <source>The quote needs details that are missing from your profile: %1.</source>
        <translation>Для коммерческого предложения нужны данные, которых нет в вашем профиле: %1.</translation>
    </message>
    <message>
        <source>The invoice needs details that are missing from your profile: %1.</source>
        <translation>Для счёта нужны данные, которых нет в вашем профиле: %1.</translation>
    </message>
    <message>
        <source>The letter needs details that are missing from your profile: %1.</source>
        <translation>Для письма нужны данные, которых нет в вашем профиле: %1.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be printed: %2</source>
        <translation>Проект «%1» нельзя распечатать: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no payment stages. Contracts, quotes and invoices show the stage plan: add the stages under Project → Stages.</source>
        <translation>У проекта «%1» нет этапов оплаты. Договор, предложение и счёт содержат план этапов: добавьте этапы в разделе Проект → Этапы.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no stage %2; its stages are numbered 1 to %3.</source>
        <translation>У проекта «%1» нет этапа %2; его этапы пронумерованы от 1 до %3.</translation>
    </message>
    <message>
        <source>The interaction of %1 has no summary: write down what was agreed before sending the letter.</source>
        <translation>У контакта с клиентом %1 нет резюме: запишите, о чём договорились, прежде чем отправлять письмо.</translation>
    </message>
</context>
<context>
    <name>FollowUpLetter</name>
    <message>
        <source>Summary of our agreement: %1</source>
        <translation>Итоги нашей договорённости: %1</translation>
    </message>
    <message>
        <source>Summary of our conversation on %1</source>
        <translation>Итоги нашего разговора %1</translation>
    </message>
    <message>
        <source>Thank you for the call on %1. This is what we agreed:</source>
        <translation>Спасибо за звонок %1. Мы договорились о следующем:</translation>
    </message>
    <message>
        <source>Thank you for the meeting on %1. This is what we agreed:</source>
        <translation>Спасибо за встречу %1. Мы договорились о следующем:</translation>
    </message>
    <message>
        <source>Following our conversation on %1, this is what we agreed:</source>
        <translation>По итогам нашего разговора %1 мы договорились о следующем:</translation>
    </message>
    <message>
        <source>Hello %1,</source>
        <translation>Здравствуйте, %1!</translation>
    </message>
    <message>
        <source>Project: %1</source>
        <translation>Проект: %1</translation>
    </message>
    <message>
        <source>Please confirm by replying to this message that this matches your understanding. If anything is missing or different, let me know and I will correct it.</source>
        <translation>Пожалуйста, подтвердите ответом на это письмо, что вы понимаете договорённость так же. Если что-то упущено или понято иначе, сообщите мне, и я исправлю.</translation>
    </message>
    <message>
        <source>Best regards,</source>
        <translation>С уважением,</translation>
    </message>
</context>
<context>
    <name>InvoiceDocument</name>
    <message>
        <source>Invoice</source>
        <translation>Счёт на оплату</translation>
    </message>
    <message>
        <source>No. %1</source>
        <translation>№ %1</translation>
    </message>
    <message>
        <source>Invoice details</source>
        <translation>Данные счёта</translation>
    </message>
    <message>
        <source>Invoice date</source>
        <translation>Дата счёта</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Оплатить до</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Договор</translation>
    </message>
    <message>
        <source>No. %1 of %2</source>
        <translation>№ %1 от %2</translation>
    </message>
    <message>
        <source>Seller</source>
        <translation>Исполнитель</translation>
    </message>
    <message>
        <source>Bill to</source>
        <translation>Плательщик</translation>
    </message>
    <message>
        <source>Prepayment of stage %1 of %2: %3</source>
        <translation>Предоплата этапа %1 из %2: %3</translation>
    </message>
    <message>
        <source>Project: %1</source>
        <translation>Проект: %1</translation>
    </message>
    <message>
        <source>Already paid</source>
        <translation>Уже оплачено</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Наименование</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Сумма</translation>
    </message>
    <message>
        <source>Amount due</source>
        <translation>К оплате</translation>
    </message>
    <message>
        <source>Payment details</source>
        <translation>Платёжные реквизиты</translation>
    </message>
    <message>
        <source>Bank account</source>
        <translation>Банковские реквизиты</translation>
    </message>
    <message>
        <source>Payment reference</source>
        <translation>Назначение платежа</translation>
    </message>
    <message>
        <source>Under the agreement each stage is paid in full before work on it starts: the work on this stage starts when the payment has been received.</source>
        <translation>По договору каждый этап оплачивается полностью до начала работы по нему: работа по этому этапу начнётся после поступления оплаты.</translation>
    </message>
    <message>
        <source>Thank you for your business.</source>
        <translation>Благодарю за сотрудничество.</translation>
    </message>
    <message>
        <source>Invoice No. %1</source>
        <translation>Счёт № %1</translation>
    </message>
</context>
<context>
    <name>QuoteDocument</name>
    <message>
        <source>Quote</source>
        <translation>Коммерческое предложение</translation>
    </message>
    <message>
        <source>Quote details</source>
        <translation>Данные предложения</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Действительно до</translation>
    </message>
    <message>
        <source>Delivery by</source>
        <translation>Срок сдачи</translation>
    </message>
    <message>
        <source>From</source>
        <translation>От кого</translation>
    </message>
    <message>
        <source>For</source>
        <translation>Для кого</translation>
    </message>
    <message>
        <source>The work</source>
        <translation>Работа</translation>
    </message>
    <message>
        <source>The price includes:</source>
        <translation>В стоимость входит:</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Стоимость</translation>
    </message>
    <message>
        <source>The confidentiality surcharge compensates for the work not being shown in my portfolio.</source>
        <translation>Надбавка за конфиденциальность компенсирует то, что работа не попадёт в моё портфолио.</translation>
    </message>
    <message>
        <source>Payment in stages</source>
        <translation>Поэтапная оплата</translation>
    </message>
    <message>
        <source>The work is prepaid in stages: each stage is paid in full before work on it starts, and the next one after the previous stage has been delivered.</source>
        <translation>Работа оплачивается авансом по этапам: каждый этап оплачивается полностью до начала работы по нему, а следующий — после сдачи предыдущего.</translation>
    </message>
    <message>
        <source>Terms</source>
        <translation>Условия</translation>
    </message>
    <message>
        <source>Changes outside the scope are priced separately and agreed in writing before the work on them starts.</source>
        <translation>Изменения сверх объёма оцениваются отдельно и согласуются письменно до начала работы над ними.</translation>
    </message>
    <message>
        <source>Guarantee: if I miss the deadline of a stage, I refund %1 of its price.</source>
        <translation>Гарантия: если я нарушу срок сдачи этапа, я верну %1 его стоимости.</translation>
    </message>
    <message>
        <source>Confidentiality (NDA): your information stays confidential and the work is not published under my name.</source>
        <translation>Конфиденциальность (NDA): ваша информация не разглашается, а работа не публикуется под моим именем.</translation>
    </message>
    <message>
        <source>The terms are fixed in a written service agreement.</source>
        <translation>Условия закрепляются письменным договором оказания услуг.</translation>
    </message>
    <message>
        <source>This quote is valid until %1. To accept it, reply in writing; the agreement and the invoice for the first stage will follow.</source>
        <translation>Предложение действительно до %1 г. Чтобы принять его, ответьте письменно; после этого я пришлю договор и счёт на первый этап.</translation>
    </message>
    <message>
        <source>Kind regards,</source>
        <translation>С уважением,</translation>
    </message>
    <message>
        <source>Quote: %1</source>
        <translation>Предложение: %1</translation>
    </message>
    <message>
        <source>%1 included; my own errors are always corrected free of charge.</source>
        <translation>В стоимость включено: %1; мои собственные ошибки я всегда исправляю бесплатно.</translation>
    </message>
</context>
</TS>
