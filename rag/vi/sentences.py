"""Sentence boundaries in Vietnamese text, as spans, so quotes stay verbatim."""

from __future__ import annotations

import re

from rag.vi.names import TITLE_OPENING, find_people, find_person
from rag.vi.places import province_opening
from rag.vi.refs import ref_keys
from rag.vi.text import fold, folded_aligned, has_diacritics

# A boundary is end punctuation, then space, then something that starts a sentence.
# (Whether the next letter is a capital is checked in code: ranges such as "à-ỹ" also hold capitals like "Đ".)
_BOUNDARY = re.compile(r"(?<=[.!?…])[\"”’)]?\s+(?=[\"“‘(\-–]?\s?(\w))")
# Abbreviations after which a dot does not end a sentence, and numbers that open a clause or an article
# ("1. Viên chức có quyền …", "Điều 29. Đơn phương …"): the number belongs to what follows it.
_NO_BREAK_BEFORE = re.compile(r"(?:\b(?:TP|Tp|ThS|TS|PGS|GS|Th|St|v\.v|Mr|Dr)\.|\b[A-ZĐ]\.)$"
                              r"|^\s*(?:(?:Điều|Khoản|Mục|Chương)\s+)?\d{1,3}[a-zđ]?\.$")


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of each sentence in ``text``; line breaks always end a sentence."""
    spans: list[tuple[int, int]] = []
    offset = 0
    for line in text.split("\n"):
        start = 0
        for m in _BOUNDARY.finditer(line):
            following = m.group(1)
            if not (following.isupper() or following.isdigit()):
                continue
            head = line[start:m.start()]
            if _NO_BREAK_BEFORE.search(head):
                continue
            end = m.start() + len(m.group(0).rstrip())
            if line[start:end].strip():
                spans.append((offset + start, offset + end))
            start = m.end()
        if line[start:].strip():
            spans.append((offset + start, offset + len(line.rstrip())))
        offset += len(line) + 1
    return spans


def line_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of each non-blank line of ``text``, without its edge spaces (a clause, a point, a caption)."""
    spans, pos = [], 0
    for line in text.split("\n"):
        if line.strip():
            lead = len(line) - len(line.lstrip())
            spans.append((pos + lead, pos + len(line.rstrip())))
        pos += len(line) + 1
    return spans


def split_sentences(text: str) -> list[str]:
    """The sentences of ``text``, verbatim."""
    return [text[s:e] for s, e in sentence_spans(text)]


# Words a spoken question ends with that ask nothing ("… là ai vậy?", "… ngày nào thế ạ?"); typed without
# accents only the unambiguous ones ("a" is also "à" or "á", "the" also "thẻ", "ha" a place's "Hà"); a chat's "ak",
# "ah" are "à".
# Said in the South: "… nói về vấn đề gì nè", "… ngày nào nhen".
# Said in the North: "… là về cái gì cơ", "… là ai ấy nhỉ", "… năm nào thì phải", "… bảo tôi với", "… kể tôi nghe".
# ("ấy" only after a word that asks: "ông ấy", "văn bản ấy" point back.)
_FINAL_PARTICLES = re.compile(r"(?:\s+(?:vậy|thế|nhỉ|ạ|nhé|hả|hở|chứ|đấy|cơ|thì phải|cơ mà|nè|nhen|vay|nhi|nhe|ak|ah"
                              # Southern "dậy / dzậy / dị" for "vậy", and "… vậy ta?" wondering aloud
                              r"|dậy|dzậy|dị|dzị|(?<=vậy )ta|(?<=dậy )ta|(?<=dzậy )ta|(?<=thế )ta"
                              r"|(?:bảo|kể|nói|cho)\s+(?:tôi|tớ|mình|em)\s+(?:với|nghe|biết))"
                              # a request closing it: "…, kể tên giúp mình với", "… giùm tôi nhé"
                              r"|\s*,?\s+(?:(?:kể tên|liệt kê|nêu tên|kể ra|kể)\s+)?(?:giúp|giùm|dùm|hộ)"
                              r"\s+(?:tôi|tớ|mình|em|tui|cháu|con)(?:\s+(?:với|nhé|nha|ạ))?"
                              # why the asker asks, closing it: "…, để tôi so với nhiệm vụ bên Cao Bằng", "…, để em
                              # làm báo cáo" (what it is compared with or used for is not asked)
                              r"|\s*,\s*(?:để|de)\s+(?:tôi|em|mình|tui|chúng tôi|bên tôi|toi|minh|chung toi|ben toi)\s+"
                              r"(?:so|đối chiếu|báo cáo|tham khảo|trích|ghi|viết|làm|tuyên truyền|phổ biến|doi chieu"
                              r"|bao cao|tham khao|trich|viet|lam|tuyen truyen|pho bien)\b[^?!,;]{0,80}"
                              # what it is set against, closing it: "… là đồng chí nào, khác với đồng chí trưởng đoàn
                              # bên tỉnh?"
                              r"|\s*,\s*(?:khác với|khac voi)\s+[^?!;]{0,80}"
                              r"|(?:(?<=nào)|(?<=gì)|(?<=ai)|(?<=đâu))\s+ấy)+(?=\s*[?!.…]*\s*$)",
                              re.IGNORECASE)


# Typed without accents, a final "a" after a word that asks ("… la ai a?", "… chua a?", "… vay a?") is "ạ" (or
# "à", "á": particles too), and "ne" is "nè"; after any other word it may be a name's ("Nguyễn Văn A") or "à" of a
# place.
_FOLDED_A_PARTICLE = re.compile(r"\b(ai|gi|nao|dau|may|nhieu|chua|khong|sao|vay|nhi|nhe)\s+(?:a|ne)(?=\s*[?!.…]*\s*$)")


# Whom a spoken question is said to, after what ends it ("… ngày nào dậy cô?", "… phải hông cô?", "… rồi anh ơi?",
# "… giùm tui nha cô"): only after a word that asks or ends a question, as "… của anh" may be what is asked.
_READERS = r"quý vị|quý báo|ban biên tập|quy vi|quy bao|ban bien tap"  # formally addressed
_ADDRESSEE = re.compile(
    r"\b(vậy|dậy|dzậy|dị|dzị|thế|không|hông|hổng|chưa|rồi|nào|gì|ai|đâu|nhiêu|mấy|sao|hả|à|ạ|á|nha|nhé|nhen|hen|"
    r"đó|đấy|nhỉ|lộn|tui|tôi|em|vay|khong|chua|roi|nao|gi|dau|nhieu|may|nhe|do|day|nhi)"
    rf"\s*,?\s+(?:(?:thưa|thua)\s+)?(?:cô|chú|anh|chị|bác|em|cháu|ad|admin|bạn|cậu|co|chu|chi|bac|ban|chau|{_READERS}"
    # an elder to a younger one ("… gì dị con?"), not after a count ("bao nhiêu con", "mấy con": a classifier)
    r"|(?<!nhiêu )(?<!mấy )(?<!nhieu )(?<!may )con"
    # the group or the machine asked: "… gì vậy mọi người", "… ngày nào thế cả nhà", "… ai vậy bot"
    r"|mọi người|cả nhà|các bạn|bot|moi nguoi|ca nha|cac ban)"
    r"(?:\s+(?:ơi|oi|ạ|a))?"
    # at its end, or before a comma that adds to it ("… tên gì dậy cô, cái ông tiếp đoàn bữa đó á?")
    r"(?=\s*[?!.…]*\s*$|\s*,)",
    re.IGNORECASE)


# "…, thưa quý vị?": addressed, after whatever word.
_ADDRESSED = re.compile(rf"\s*,\s*(?:thưa|thua)\s+(?:{_READERS}|anh chị|anh chi|đồng chí|dong chi)"
                        r"(?=\s*[?!.…]*\s*$)", re.IGNORECASE)


def without_addressee(question: str) -> str:
    """``question`` without whom it is said to at its end ("… tổ chức ngày nào dậy cô?" -> "… ngày nào dậy?",
    "… do cơ quan nào ban hành, thưa quý vị?")."""
    return _ADDRESSEE.sub(r"\1", _ADDRESSED.sub("", question, count=1), count=1)


def without_final_particles(question: str) -> str:
    """``question`` without the particles it ends with ("Phó trưởng ban … là ai vậy ạ?" -> "… là ai?"), which
    patterns anchored at a question's end would otherwise not see past."""
    return _FINAL_PARTICLES.sub("", _FOLDED_A_PARTICLE.sub(r"\1", without_addressee(question)))


# How a chat question may open before it asks anything: "Cho em hỏi …", "ad ơi, cho mình hỏi là …", "Mình muốn
# biết …", "Xin hỏi …" (typed with accents or without).
# "Alo cô ơi, …", "Dạ thưa chú, …", "Xin lỗi, cho em hỏi …" (sorry for the trouble)
_GREETING = r"(?:(?:alo|a lô|dạ thưa|dạ|thưa|da thua|thua|xin lỗi|xin loi)\s*[,!]?\s*)?"
_LISTENER = r"(?:ad|admin|anh|chị|anh/chị|anh chị|bạn|cô|chú|bác|chi|anh/chi|anh chi|ban|co|chu|bac|bot|trợ lý|tro ly)"
# A greeting on its own ("Chào bot!", "Xin chào trợ lý,\n", "Hi hoidap, …"): said, not asked.
_HELLO = re.compile(rf"^\s*(?:(?:xin\s+)?(?:chào|chao)|hi|hello|hey)(?:\s+(?:{_LISTENER}|hoidap|mọi người|cả nhà|"
                    r"moi nguoi|ca nha))?\s*[,!.]+\s*(?=\S)", re.IGNORECASE)
# Who a relayed question is from: a listener, a reader, a voter ("Thính giả …", "Có bạn nghe đài …").
_AUDIENCE = r"(?:thính giả|độc giả|bạn đọc|khán giả|thinh gia|doc gia|ban doc)"  # a listener or a reader
_ASKERS = rf"(?:{_AUDIENCE}|người|nguoi|bạn|vị|cử tri|cán bộ|đảng viên|dang vien|đồng chí|dong chi)"
_ASKER_DOING = r"(?:nghe đài|đọc báo|xem truyền hình|giấu tên|nghe dai|doc bao)"
_OUTLINE = r"(?:\d{1,2}|[a-h])[.)]\s+"  # an outline's numbering: "1. …", "a) …"
# A relative asking through the asker, and whose relative it is ("Bà tôi", "Ông nội").
_KIN = r"(?:ông|bà|bố|mẹ|cha|má|chú|bác|cô|dì|cậu|mợ|thím|ong|bo|me|chu|bac|di|cau)"
_KIN_OWNER = r"(?:tôi|em|cháu|mình|nội|ngoại|nhà tôi|toi|chau|minh|noi|ngoai)"
_RELAYED = (r"(?:nhờ\s+(?:(?:cháu|em|tôi|mình|con|chau|toi|minh)\s+)?hỏi"
            r"|bảo\s+(?:(?:cháu|em|tôi|con|chau)\s+)?hỏi(?:\s+xem)?|muốn\s+biết|muốn\s+hỏi|thắc\s+mắc|nghe\s+nói|nho\s+(?:(?:chau|em|toi|minh|con)\s+)?hoi|muon\s+biet"
            r"|thac\s+mac|nghe\s+noi)(?:\s+(?:là|la|rằng|rang))?\s*[,:]?\s+")
_OPENING = re.compile(
    rf"^\s*{_GREETING}(?:{_LISTENER}\s*"
    r"(?:ơi|oi)?\s*[,!]?\s*)?"
    # ("Xin cho tôi được hỏi …", "Kính nhờ cho hỏi …": the request said with courtesy)
    r"(?:(?:(?:(?:kính|kinh)\s+)?(?:(?:xin|nhờ|mong|nho)\s+)?(?:cho|xin)\s+"
    r"(?:(?:em|tôi|tui|mình|cháu|con|lão|toi|minh|chau)\s+)?(?:(?:được|duoc)\s+)?(?:hỏi|hoi)"
    r"|(?:em|tôi|tui|mình|cháu|toi|minh|chau)\s+(?:muốn|cần|muon|can)\s+(?:hỏi|biết|hoi|biet))"
    # ("Tôi muốn biết xem …", "Cho hỏi liệu …": whether what follows holds is asked)
    r"(?:\s+(?:chút|chut|với|voi|ạ|cái|nha|nhé))*\s*[,:!]?(?:\s+(?:là|la|về|ve|xem|liệu|lieu)(?=\s))?\s*[,:!]?\s+"
    r"|(?:ad|admin)\s*(?:ơi|oi)\s*[,!]?\s+"
    # A teacher's request for a plain explanation: "Giải thích giúp em Kết luận 14 … là về gì?"
    r"|(?:(?:hãy|hay)\s+)?(?:giải thích|giai thich)\s+(?:giúp|giùm|dùm|cho|giup|gium|dum)\s+"
    r"(?:em|tôi|mình|cháu|con|toi|minh|chau)\s*[,:]?\s+(?:(?:là|la|xem)\s+)?"
    # A formal request, its clause set off by a comma: "Kính đề nghị hệ thống cho biết, căn cứ …, thì …"
    r"|(?:(?:kính|kinh)\s+)?(?:đề nghị|de nghi)\s+(?:[^\W\d_]+\s+){0,3}?(?:cho biết|cho biet)\s*,\s*"
    # Said to the listener, and nothing asked yet: "Dạ cô ơi, …", "Alo, …"
    rf"|{_GREETING}{_LISTENER}\s+(?:ơi|oi)\s*[,!]\s*|(?:dạ\s+)?(?:thưa|thua)\s+{_LISTENER}\s*[,!]\s*"
    r"|(?:alo|a lô|dạ|dạ thưa)\s*[,!]\s*"
    rf"|(?:xin lỗi|xin loi)(?:\s+{_LISTENER})?\s*[,.!]\s*"
    # Heard, to be checked: "Tôi nghe cái mô hình … á, …"
    r"|(?:tôi|tui|em|mình)\s+(?:nghe|nghe nói)\s+(?!(?:nói|noi)\b)"
    # Asked for a relative: "Bà tôi muốn biết …", "Ông nhờ cháu hỏi là …", "Mẹ cháu thắc mắc …", "Bố em bảo hỏi xem
    # …", "Ông tôi nghe nói …", "(Thế) bà hỏi ở …" (not "Bà hỏi gì?", a question about what a woman asked).
    rf"|(?:(?:thế|còn|vậy|the|con|vay)\s+)?{_KIN}(?:\s+{_KIN_OWNER}){{0,2}}\s+{_RELAYED}"
    rf"|{_KIN}(?:\s+{_KIN_OWNER}){{1,2}}\s+(?:hỏi|hoi)(?:\s+(?:là|la|rằng|rang))?\s*[,:]?\s+"
    # (typed without accents, "cau hoi" is "câu hỏi", a question, far more often than "cậu hỏi")
    rf"|(?!cau\s+hoi\b){_KIN}\s+(?:hỏi|hoi)\s*[,:]?\s+(?!(?:là|la|rằng|rang|gì|gi|những gì|điều gì|ai|nào|sao|về|ve)\b)"
    # Relayed: "Có người hỏi …", "Đồng chí Lan hỏi là …", "Nghe nói …" (what is heard, to be checked); read out on
    # the radio: "Thính giả Nguyễn Văn Hùng ở Diễn Châu hỏi: …", "Có bạn nghe đài ở Móng Cái muốn biết: …", "Bác
    # Trần Đình Lộc ở Quỳnh Lưu nhắn tin hỏi: …" (the asker's name and home are no part of what is asked).
    rf"|(?:(?:(?:có|co)(?:\s+(?:một|mot))?|(?:một|mot))\s+{_ASKERS}(?:\s+{_ASKER_DOING})?"
    rf"|(?:{_ASKERS}|đ/c|anh|chị|chi|ông|ong|bà|ba|bác|chú|cô|cụ|bac|chu|co|cu)(?:\s+(?-i:[A-ZĐ])[^\W\d_]*){{1,4}}"
    # (alone, only a listener or reader: "Cử tri hỏi gì tại buổi tiếp xúc?" asks about the voters)
    rf"|{_AUDIENCE}(?:\s+{_ASKER_DOING})?)"
    # where the asker is from: "Đồng chí Hoa ở chi bộ 3 hỏi là …", "… ở phường Hưng Dũng, thành phố Vinh hỏi: …"
    r"(?:\s+(?:ở|tại|của|từ|o|tai|cua)(?:,?\s+[^\W_]+){1,8}?)?"
    r"\s+(?:(?:nhắn tin|gửi thư|gọi điện|viết thư|nhan tin|gui thu|goi dien|viet thu)\s+)?"
    # ("… nhờ chương trình cho hỏi: …"; "hoi nghi" typed without accents is "hội nghị", no asking)
    r"(?:(?:nhờ|nho)\s+(?:chương trình|ban biên tập|nhà đài|đài|chuong trinh|ban bien tap)\s+(?:cho\s+)?(?:hỏi|hoi)"
    r"|hỏi|hoi(?!\s+nghi\b)|muốn biết|thắc mắc|muốn hỏi)"
    r"(?:\s+(?:là|la|rằng|rang|chương trình|ban biên tập))?\s*[,:]?\s+"
    r"|(?:nghe nói|nghe noi)(?:\s+(?:là|la|rằng|rang))?\s+"
    # A claim someone made, to be checked: a pupil's answer graded ("Em Minh trả lời: “…”", "Bạn Dũng nói Quy định
    # … là do …", "Học sinh viết rằng …"): who said it is no part of what is asked.
    r"|(?:(?:một|mot)\s+)?(?:em|bạn|cháu|học sinh|sinh viên|học viên|ban|chau|hoc sinh|sinh vien)"
    r"(?:\s+(?-i:[A-ZĐ])[^\W\d_]*){0,3}"
    r"\s+(?:trả lời|nói|viết|ghi|cho rằng|khẳng định|bảo|tra loi|noi|viet|cho rang|khang dinh)"
    r"(?:\s+(?:rằng|là|rang|la))?\s*[,:]?\s+"
    # What the asker's own papers say, to be checked ("Trong hồ sơ của tôi ghi …", "Bản nháp của mình viết là …").
    r"|(?:(?:trong|theo|trên)\s+)?(?:hồ sơ|tài liệu|sổ tay|sổ|bản nháp|ghi chép|giấy tờ|bảng|ho so|tai lieu|"
    r"ban nhap|ghi chep)\s+(?:của\s+|cua\s+)?(?:tôi|mình|em|tui|cháu|toi|minh|chau)\s+(?:(?:có|co)\s+)?"
    r"(?:ghi|viết|viet)(?:\s+(?:rằng|là|rang|la))?\s*[,:]?\s+"
    # An outline's numbering ("1. Cho biết …", "a) Nêu …"), and a request to be told what follows ("Cho biết …",
    # "Hãy xác định …", "Xin xác nhận …", "Nêu rõ …": what follows is asked; not "Liệt kê", "Kể tên", which ask
    # for a list).
    rf"|(?:{_OUTLINE})?(?:(?:hãy|hay)\s+)?"
    r"(?:(?:(?:kính|kinh)\s+)?(?:(?:xin|nhờ|mong|nho)\s+)?cho\s+(?:(?:tôi|em|mình|toi|minh)\s+)?(?:(?:được|duoc)\s+)?"
    r"(?:biết|biet)|nêu(?!\s+gương)|xác định|xac dinh"
    r"|(?:(?:xin|nhờ|nho)\s+)?(?:xác nhận|xac nhan)(?:\s+(?:giúp|giup)(?:\s+(?:tôi|em|mình|toi|minh))?)?)"
    r"(?:\s+(?:rõ|ro))?\s*[,:]?\s+(?=\S)"
    rf"|{_OUTLINE}"
    # A quiz's numbering: "Câu 3: …", "Câu hỏi 12. …", "Câu hỏi: …", with the kind of question it is ("Câu 1
    # (trắc nghiệm): …").
    r"|(?:câu|cau)(?:\s+(?:hỏi|hoi))?\s+\d{1,3}(?:\s*\([^()]{1,40}\))?\s*[:.)]\s*"
    r"|(?:câu|cau)\s+(?:hỏi|hoi)(?:\s*\([^()]{1,40}\))?\s*:\s*"
    # A programme's next question and where it comes from ("Câu hỏi tiếp theo đến từ Bảo Lạc: …"); not what it is
    # about ("Câu hỏi về Quảng Ninh: …").
    r"|(?:câu|cau)\s+(?:hỏi|hoi)\s+(?:tiếp theo|tiep theo|cuối cùng|đầu tiên|sau)\b"
    r"(?:\s+(?:gửi|gui)\s+(?:về|tới|đến|ve|toi|den)\s+(?:chương trình|ban biên tập|đài|chuong trinh))?"
    r"(?![^:?]*\s(?:về|ve)\s)[^:?]{0,80}:\s*"
    # What the asker is doing, told before a colon: "Em cần số liệu cho báo cáo: …", "Tôi đang đối chiếu … với
    # thời điểm ban hành Kết luận 21: …" (what follows the colon is asked).
    r"|(?:chúng\s+tôi|chúng\s+em|chung\s+toi|chung\s+em|tôi|em|mình|cháu|toi|minh|chau)\s+"
    r"(?:đang|cần|muốn|dang|can|muon)\s+[^:?!]{3,160}:\s+)",
    re.IGNORECASE)


# What a spoken (dictated) question opens with before it says anything: "ờ", "ừ thế …", "à, …".
# So is a rhetorical "chẳng lẽ / không lẽ / lẽ nào" (surely not …?): what follows is asked all the same.
# A chat's acknowledgement before the next question: "ok, vậy …", "oke …".
# ("kiểu như là …", a speaker's "like", says nothing either, wherever it stands.)
_FILLER = re.compile(r"^\s*(?:(?:ờ|ừ|à|ừm|ờm|ơ|ầy|chẳng lẽ|chả lẽ|không lẽ|lẽ nào|ok|okay|oke|okie"
                     r"|kiểu như(?: là)?|kieu nhu(?: la)?)\b\s*[,.!…]*\s*)+", re.IGNORECASE)
_LIKE = re.compile(r"(?<=\w)\s+(?:kiểu như là|kieu nhu la)\s+(?=\w)", re.IGNORECASE)


_ME = r"(?:tôi|mình|em|toi|minh)"  # the asker, as they call themselves


# What the asker adds after the question about themselves: "… vào ngày nào? Tôi thấy đầu bài có ghi thứ và giờ nhưng
# không nhớ rõ.", "… là của ai nói vậy? Tôi đọc trên Báo Nghệ An mà quên mất tên người phát biểu." — sentences opening
# with "tôi / em / mình / cháu" after the question mark, none asking (no "?"); and the courtesy closing it ("Kính
# mong được trả lời cả hai điều.", "Xin cảm ơn.").
# One naming something ("Tôi nghe nói đồng chí ấy từng công tác ở Quảng Bình.") tells what the question is about.
_AFTERTHOUGHT = re.compile(r"(?<=\?)(?:\s+(?:tôi|tui|tớ|em|mình|cháu|bác|chúng tôi|chúng em|bọn em|toi|tui|to|minh"
                           r"|chau|bac|chung toi|chung em|bon em"
                           r"|kính mong|kinh mong|rất mong|rat mong|xin cảm ơn|xin cám ơn|cảm ơn|cám ơn|xin đa tạ"
                           # a request about the answer itself: "Chốt giúp cả 2 info.", "Check lại giúp nhé."
                           r"|chốt|chot|check|confirm|gửi|gui|trả lời|tra loi|nhờ|nho|làm ơn|lam on|vui lòng|vui long"
                           # what the answer is for: "Cần cho phần overview.", "Để làm slide."
                           r"|cần cho|can cho|dùng cho|dung cho|để làm|de lam"
                           # the wording asked for: "Cho tôi nguyên văn con số.", "Cho tôi đúng câu chữ."
                           rf"|cho\s+{_ME}\s+(?:xin\s+)?(?:nguyên văn|đúng|tên|nguyen van|dung|ten)"
                           # the asking said again after it, asking nothing more: "Cho tôi hỏi với ạ."
                           r"|cho\s+(?:tôi|em|mình|cháu|bác|toi|minh|chau|bac)\s+(?:hỏi|hoi)\s+(?:với|voi|nhé|nhe|nha|ạ|a)\b"
                           # what the relative asking through the asker adds: "Ông bảo hình như khác."
                           r"|(?:ông|bà|bố|mẹ|ong|bo|me)(?:\s+(?:tôi|em|cháu|toi|chau))?\s+(?:bảo|nói|nhớ|nghĩ|bao|noi|nho)"
                           r"|trân trọng)\b[^?]*?"
                           r"(?:[.!…]+|$))+\s*$", re.IGNORECASE)
# A signature after the question: "… ngày nào vậy? — Tuấn, Văn phòng Huyện ủy Đầm Hà", "…?\nNgười hỏi: Lan, Sở Nội
# vụ" (on a line or after a sentence of its own, opening with a dash and a name, or with "Người hỏi:").
_SIGNATURE = re.compile(r"(?:(?<=[?!.…])|(?<=\n))\s*(?:[—–]|-{1,2}(?=\s*(?-i:[A-ZĐ])))\s*(?-i:[A-ZĐ])[^?\n]{0,80}$"
                        r"|(?:(?<=[?!.…])|(?<=\n))\s*(?:người hỏi|người gửi|người viết|ký tên|nguoi hoi|nguoi gui|"
                        r"nguoi viet|ky ten)\s*:[^?\n]{0,80}$", re.IGNORECASE)


# What asks for the wording itself ("Trích nguyên văn câu nêu …", "Dẫn chứng giúp tôi câu nói về …", "Cho tôi
# nguyên văn …", "Câu nào trong bài Quảng Ninh nêu …?"): every answer quotes its sentence, so what is asked is what
# follows, and a writing named in it is the source.
_SENTENCE_SAYING = (r"(?:(?:câu|đoạn|cau|doan)(?:\s+(?:văn|van))?\s+(?:nói|nêu|viết|ghi|noi|neu|viet)"
                    r"\s+(?:(?:về|ve|rằng|rang|là|la)\s+)?)")
_HELP_ME = rf"(?:\s+(?:giúp|giùm|giup|gium)\s+{_ME})?"
_VERBATIM_REQUEST = re.compile(
    r"^\s*(?:(?:hãy|hay)\s+)?(?:(?:(?:trích|trich)(?:\s+(?:dẫn|dan))?\s+(?:nguyên văn|nguyen van)|trích dẫn|trich dan"
    rf"|dẫn chứng|dan chung|(?:cho|xin)\s+{_ME}\s+(?:xin\s+)?(?:nguyên văn|nguyen van|đúng câu chữ|dung cau chu))"
    rf"{_HELP_ME}\s*:?\s+{_SENTENCE_SAYING}?"
    # "Trích câu nói về …" (not "Trích yếu …", a document's abstract)
    rf"|(?:trích|trich){_HELP_ME}\s+{_SENTENCE_SAYING})", re.IGNORECASE)
_WHICH_SENTENCE = re.compile(
    r"^\s*(?:câu|đoạn|cau|doan)(?:\s+(?:văn|van))?\s+(?:nào|nao)(?:\s+(?:trong|của|ở|cua|o)\s+(?P<source>[^?,]{3,80}?))?"
    r"\s+(?:nói|nêu|viết|ghi|liệt kê|cho biết|noi|neu|viet|liet ke|cho biet)\s+(?:(?:về|rằng|là|ve|rang|la)\s+)?",
    re.IGNORECASE)


def without_verbatim_request(question: str) -> str:
    """``question`` without its asking for the wording ("Trích nguyên văn câu nêu ngày …" -> "ngày …"; "Câu nào trong
    bài Quảng Ninh nêu …?" -> "Theo bài Quảng Ninh, …?")."""
    if m := _WHICH_SENTENCE.match(question):
        rest = question[m.end():]
        return f"Theo {m.group('source')}, {rest}" if m.group("source") else rest
    return _VERBATIM_REQUEST.sub("", question, count=1)


# What the asker tells of themselves before asking (folded): "Chào cháu, bác là đảng viên 50 năm tuổi Đảng ở Hưng
# Nguyên, nghỉ hưu đã lâu …", "Bác nguyên là cán bộ Uỷ ban huyện, nay về hưu ở xã Hưng Thịnh.", "bác có đứa cháu nội
# đang lái xe tuyến Lạng Sơn - Cao Bằng.", "Tôi là phóng viên …" — who asks, not what is asked: a figure or a place
# there is no figure or place of the question. A sentence greeting ("Bác chào cháu.") says nothing either.
_SELF = r"(?:toi|tui|em|minh|chau|bac|con|chung toi|chung em)"
_SELF_GREETING = r"(?:(?:xin\s+)?chao\s+\w+\s*[,!]\s*|\w+\s+oi\s*[,!]\s*)?"
_SELF_TOLD = re.compile(
    rf"^\s*{_SELF_GREETING}{_SELF}\s+"
    r"(?:(?:chao\s+\w+\s*[.!]*\s*$)"
    r"|(?:(?:nam nay|hoi con cong tac|hoi truoc|truoc day|truoc|nguyen|tung|von|cung|hien|hien nay|da|nay|van|"
    r"rat|vua)\s+)*"
    r"(?:la|lam|o|song|que|cong tac|nghi huu|ve huu|gia roi|co (?:nguoi|dua|con|chau|em|anh|chi|ban)|"
    r"dang (?:la|lam|o|cong tac|sinh hoat)|sinh hoat|hay (?:doc|cat|theo doi|de y)|quan tam|quy|thich)\b)"
    # thanks said before asking on ("À, bác cảm ơn cháu. Cháu cho bác hỏi thêm …")
    rf"|^\s*(?:(?:a|u|o|vang|da)\s*,\s*)?(?:{_SELF}\s+)?(?:xin\s+)?cam on(?:\s+\w+){{0,3}}\s*[.!]*\s*$")
# A sentence that says it asks now ("Tôi xin hỏi: …", "Nay tôi muốn hỏi Ban biên tập: …", "Câu hỏi: …") (folded): what
# comes before it, asking nothing, tells who asks and why.
_ASKS_NOW = re.compile(rf"^\s*(?:(?:nay|vay|xin phep)\s+)?(?:{_SELF}\s+)?"
                       # (not "Hỏi:" alone, as a quiz puts it after the excerpt it asks about)
                       r"(?:(?:xin|muon|can|xin duoc|mao muoi|kinh|de nghi)\s+)+"
                       r"(?:(?:duoc\s+)?hoi|cho\s+(?:(?:toi|em|minh|chau)\s+)?(?:duoc\s+)?biet)(?:\s+\w+){0,4}?\s*:"
                       r"|^\s*cau hoi(?:\s+cua\s+\w+)?\s*:")
_POINTS_BACK = re.compile(r"(?i)\b(?:ông|bà|đồng chí|người|vị|anh|chị|ong|ba|dong chi|nguoi|vi|chi)\s+"
                          r"(?:ấy|đó|này|ay|do|nay)\b|\b(?:nó|họ)\b")
# The asker naming themselves ("Tôi là Hoàng Văn Thịnh, …", "tôi tên là …") (folded): that name is no one asked about.
_OWN_NAME = re.compile(rf"^\s*{_SELF_GREETING}{_SELF}\s+(?:ten\s+la|ten|la)\s+")
# A place of the asker's the question points back at ("bác ở Hưng Nguyên. … giám sát Huyện uỷ mình …"): the sentence
# telling it says what is asked about.
_OWN_PLACE = re.compile(r"\b(?:huyen|tinh|xa|phuong|uy|que|thanh pho|dia phuong|chi bo|dang bo|co quan|don vi)\s+"
                        r"(?:minh|toi|nha|ta|bac|em|chau)\b")


def _names_someone(sentence: str, folded: str) -> bool:
    """Whether ``sentence`` names a person other than the asker naming themselves (the first one named in "Tôi là
    cựu chiến binh Lê Văn Thắng, …")."""
    people = list(find_people(sentence))
    # (the asker's own name stands in the clause that says who they are: before its first comma)
    clause_end = sentence.find(",") if "," in sentence else len(sentence)
    own = bool(_OWN_NAME.match(folded)) and bool(people) and people[0][0] < clause_end
    return len(people) > (1 if own else 0)


def without_self_description(question: str) -> str:
    """``question`` without the sentences before its asking one in which the asker tells of themselves ("Chào cháu,
    bác là đảng viên 50 năm tuổi Đảng ở Hưng Nguyên. Bác muốn hỏi …" -> "Bác muốn hỏi …"); one naming a document
    ("Tôi đang làm báo cáo về Kết luận 21.") or a person ("Tôi quen gia đình đồng chí Lê Đức Cường.") tells what is
    asked about, and stays."""
    if (folded := folded_aligned(question)) is None:
        return question
    spans = sentence_spans(question)
    asking = [i for i, (a, b) in enumerate(spans) if "?" in question[a:b] or ASKING_WORD.search(folded[a:b])]
    if not asking:
        return question
    start, end = spans[asking[-1]]
    asked = question[start:end]
    asks_now = bool(_ASKS_NOW.match(folded[start:end]))
    # Before "Tôi xin hỏi: …" a person named ("nguyên giáo viên Trường Huỳnh Thúc Kháng") is asked about only when
    # the question points back at someone ("ông ấy", "đồng chí đó").
    points_back = not asks_now or bool(_POINTS_BACK.search(asked))
    dropped = [(a, b) for a, b in spans[:asking[-1]]
               if "?" not in question[a:b] and (asks_now or _SELF_TOLD.match(folded[a:b]))
               and not ref_keys(question[a:b]) and not (points_back and _names_someone(question[a:b], folded[a:b]))]
    kept = "".join(folded[a:b] for a, b in spans if (a, b) not in dropped)
    if not dropped or len(dropped) == len(spans) or _OWN_PLACE.search(kept):
        return question
    out, last = [], 0
    for a, b in dropped:
        out.append(question[last:a])
        last = b
    return ("".join(out) + question[last:]).strip()


# Documents the question sets aside before naming the one it asks about (folded): "Trừ Nghị quyết 08 và Nghị quyết 68
# ra, …", "Ngoài Kết luận 21 ra, …", "Không hỏi Kết luận 21 nhé, mà là …".
_SET_ASIDE = re.compile(r"^\s*(?:(?:tru|ngoai)\s+(?P<aside>[^,;:?]{3,120}?)(?:\s+ra)?\s*,"
                        r"|khong\s+(?:hoi|phai)\s+(?P<not>[^,;:?]{3,120}?)(?:\s+(?:nhe|nha|dau|a))?\s*,"
                        r"(?:\s*ma)?(?:\s+(?:la|hoi))?(?=\s))\s*(?=\S)")


def without_set_aside(question: str) -> str:
    """``question`` without the documents it sets aside before naming the one it asks about ("Trừ Nghị quyết 08 ra,
    Bí thư còn nhắc Chỉ thị 18-CT/TU — chỉ thị này ban hành ngày nào?" -> "Bí thư còn nhắc Chỉ thị 18-CT/TU — …");
    as typed when what follows names no document ("Ngoài Kết luận 21, Quảng Ninh còn quán triệt văn bản nào?" asks
    the others)."""
    folded = folded_aligned(question)
    if folded is None or not (m := _SET_ASIDE.match(folded)):
        return question
    aside, rest = question[m.start(m.lastgroup):m.end(m.lastgroup)], question[m.end():]
    if not ref_keys(aside) or not ref_keys(rest):
        return question
    return rest[:1].upper() + rest[1:]


# A clause said in contrast before the one that asks (folded): "Quảng Ninh có Bí thư Tỉnh ủy trực tiếp quán triệt, còn
# bài về … Cao Bằng thì do vị Bí thư nào viết?", "Cao Bằng hướng tới …; còn Nghệ An đặt mục tiêu gì cho năm 2030?".
# ("…, mà Kế hoạch 77-KH/TU … thì ra ngày nào?": "mà" and its "thì" set the topic asked against the clause before;
# "…, thế bài Cao Bằng lại ghi KL21 ngày mấy?": "thế", "vậy" open it as "còn" does)
_CONTRASTED = re.compile(r"^(?P<first>[^?]{8,}?)\s*[,;]\s*(?P<conn>(?:the|vay)(?:\s+con)?|con|ma(?=\s[^?]*\bthi\b))\s+"
                         r"(?P<asked>[^?]+\?[\s.!…]*)$")
_CONTRAST_ASKED_MIN = 7  # words: fewer ("còn Cao Bằng có bao nhiêu?") take their topic from the clause before
# What the question says a thing is not, before asking what it is (folded): "Kết luận 14 không phải về chỉnh đốn
# Đảng, vậy nó bàn về vấn đề gì?", "Hội nghị … không phải họp trực tiếp mà trực tuyến — …".
_NOT_THIS = re.compile(r"\s+khong phai\s+(?:la\s+|ve\s+)?[^,;:?—–]{2,80}?(?:\s*,\s*(?:(?:vay|the)\s+)?(?:thi\s+)?"
                       r"(?:no\s+)?(?=\w)|\s+ma\s+(?:la\s+)?(?=\w))")


# The asker correcting themselves mid-question: "… Tỉnh ủy Cao Bằng... à không, tôi nhớ nhầm, là Quảng Ninh tổ chức,
# …": the name said last before it is taken back for the one after "là".
_SELF_CORRECTED = re.compile(
    r"[\s.…]*,?\s*\b(?:à|a|ơ|o|ấy|ay|á)\s+(?:không|khong|nhầm|nham|lộn|lon)\b\s*[,.]?\s*"
    r"(?:(?:tôi|em|mình|tui|cháu|toi|minh|chau)\s+(?:nhớ|nho|nói|noi|viết|viet|gõ|go)\s+(?:nhầm|nham|lộn|lon|sai)"
    r"\s*[,.]?\s*)?(?:là|la|phải là|phai la)\s+(?P<right>(?-i:[A-ZĐ])\w*(?:\s+(?-i:[A-ZĐ])\w*)*)", re.IGNORECASE)
_LAST_NAME_SAID = re.compile(r"((?-i:[A-ZĐ])\w*(?:\s+(?-i:[A-ZĐ])\w*)+)[\s.…,]*$")


def self_corrected(question: str) -> str:
    """``question`` with a name the asker takes back ("… Cao Bằng... à không, tôi nhớ nhầm, là Quảng Ninh tổ chức
    …") replaced by the one they meant ("… Quảng Ninh tổ chức …")."""
    m = _SELF_CORRECTED.search(question)
    if not m or not (wrong := _LAST_NAME_SAID.search(question[:m.start()])):
        return question
    return f"{question[:wrong.start()]}{m.group('right')}{question[m.end():]}"


def without_contrast(question: str) -> str:
    """``question`` without the clause it says in contrast before asking ("Quảng Ninh có …, còn bài về Cao Bằng thì
    do ai viết?" -> "bài về Cao Bằng thì do ai viết?"), unless what it asks is too short to stand alone, and without
    what it says the thing is not ("Kết luận 14 không phải về chỉnh đốn Đảng, vậy nó bàn về vấn đề gì?" -> "Kết luận
    14 bàn về vấn đề gì?")."""
    if (folded := folded_aligned(question)) is None:
        return question
    m = _CONTRASTED.match(folded)
    # (typed with accents, "the" unaccented is English: "…, the last one, …")
    if m and m.group("conn").startswith(("the", "vay")) and has_diacritics(question) \
            and not has_diacritics(question[m.start("conn"):m.end("conn")]):
        m = None
    if m and not ASKING_WORD.search(m.group("first")) and ASKING_WORD.search(m.group("asked")) \
            and len(m.group("asked").split()) >= _CONTRAST_ASKED_MIN:
        first, asked = question[:m.end("first")], question[m.start("asked"):]
        # A contrast names its own topic ("còn bài về … Cao Bằng", "còn Nghệ An"); "…, còn kiêm nhiệm chức vụ gì?"
        # goes on about the person named before, and so does a clause whose person or document it names no other.
        names_own = any(w[:1].isupper() for w in asked.split()[1:]) or bool(ref_keys(asked))
        # ("KL 21 thì ra ngày 25/10/2021 rồi, còn Kế hoạch 77-KH/TU … thì ký ngày nào?": a document of its own)
        own_document = bool(ref_keys(asked)) and not ref_keys(asked) & ref_keys(first)
        # ("Cao Bằng thì Bí thư Trần Hồng Minh viết bài, còn bên Quảng Ninh Bí thư nào quán triệt …?": a province
        # of its own, the first's person no one it goes on about)
        own_place = bool(_provinces(m.group("asked")) - _provinces(m.group("first")))
        if names_own and ((find_person(first) is None and not ref_keys(first)) or own_document or own_place):
            return asked[:1].upper() + asked[1:]
    if (n := _NOT_THIS.search(folded)) and ASKING_WORD.search(folded[n.end():]):
        return f"{question[:n.start()]} {question[n.end():]}"
    return question


def _provinces(folded: str) -> set[str]:
    """The provinces a folded text names."""
    words = folded.lower().split()
    return {p for i in range(len(words)) if (p := province_opening(words[i:]))}


# A thing the question sets beside the one it asks about (folded): "So với Nghệ An, nhiệm vụ trọng tâm thứ hai mà Cao
# Bằng đặt ra là gì?", "So với buổi giám sát ở Hưng Nguyên thì hội nghị … họp ngày nào?"; or after it: "… giữ những
# chức vụ gì, so với tác giả bài Nghệ An là trưởng phòng?", "… vào chiều ngày nào, trước hay sau khi có Kết luận 21?".
_COMPARED_FIRST = re.compile(r"^\s*(?:(?:vay|the|con)\s+)?so (?:voi|sanh voi)\s+[^,?;:]{2,120}?(?:\s*,\s*|\s+thi\s+)"
                             r"(?:thi\s+)?(?=\w)")
_COMPARED_AFTER = re.compile(r"\s*[,;]\s*(?:(?:con|va)\s+)?(?:so (?:voi|sanh voi)\s"
                             r"|(?:truoc|som hon) hay (?:sau|muon hon)\s)[^?]{2,160}\?*[\s.!…]*$")
# What compares, asked ("nhiều hơn hay ít hơn", "hơn không", "khác nhau", "giống", "bằng nhau"): the comparison is the
# question.
_COMPARISON_ASKED = re.compile(r"\b(?:hon|kem)\s+(?:hay|hoac|khong|ko|chua)\b"
                               r"|\bhay\s+(?:it|kem|thap|muon|nhieu|cao|som)\s+hon\b"
                               r"|\bkhac\s+(?:nhau|gi|nhu the nao|the nao|o cho nao|ra sao)|\bgiong\b"
                               r"|\bbang\s+(?:nhau|khong)|\bchenh(?:\s+lech)?\b|\bgap\s+(?:may|bao nhieu)\b")


_ASKS_ALONE = 3  # words


def without_comparison(question: str) -> str:
    """``question`` without what it sets beside the thing it asks about ("So với Nghệ An, nhiệm vụ … mà Cao Bằng đặt
    ra là gì?" -> "Nhiệm vụ … mà Cao Bằng đặt ra là gì?"; "… chức vụ gì, so với tác giả bài Nghệ An …?" -> "… chức vụ
    gì?"), when the rest asks on its own; unless the comparison is what it asks ("… nhiều hơn hay ít hơn?")."""
    if (folded := folded_aligned(question)) is None or _COMPARISON_ASKED.search(folded):
        return question
    # (what follows asks on its own: not "Thế so với mục tiêu Nghị quyết thì sao?", asked of the comparison)
    if (m := _COMPARED_FIRST.match(folded)) and ASKING_WORD.search(folded[m.end():]) \
            and len(folded[m.end():].split()) >= _ASKS_ALONE:
        rest = question[m.end():]
        return rest[:1].upper() + rest[1:]
    if (m := _COMPARED_AFTER.search(folded)) and ASKING_WORD.search(folded[:m.start()]):
        return question[:m.start()].rstrip(" ,;") + "?"
    return question


# A guess offered after the question, to be confirmed: "… tổng kết nghị quyết số mấy? Nghị quyết 26 à?", "… thì ai
# viết? Ông Lê Đức Cường à?" (folded). The question asked is answered; the guess, checked against it, decides nothing.
_GUESS_AFTER = re.compile(r"(?<=\?)\s+(?:\w+\s+){0,6}?\w+\s+(?:a|ha|chang|nhi|phai khong|dung khong|phai ko|dung ko)"
                          r"\s*\?+\s*$"
                          # after a comma, as "(không) phải (là) …": "… là ai, không phải Trưởng ban đúng không?"
                          r"|\s*,\s*(?:co\s+)?(?:khong\s+)?phai\s+(?:la\s+)?(?:\w+\s+){0,8}?\w+\s+(?:dung|phai)\s+"
                          r"(?:khong|ko|hong)\s*\?*\s*$"
                          # what it is not, after a comma: "… họp hôm nào, chứ không phải hôm Quảng Ninh quán triệt
                          # đâu nhé?"
                          r"|\s*,\s*chu\s+(?:khong|chang|cha|ko)\s+phai\s+(?:la\s+)?(?:\w+\s+){0,10}?\w+"
                          r"(?:\s+(?:dau|nhe|nha|nhi|a))*\s*\?*\s*$")


def without_afterthought(question: str) -> str:
    """``question`` without its signature ("… ngày nào? — Tuấn, Văn phòng Huyện ủy") and what the asker says of
    themselves after asking ("… ngày nào? Tôi không nhớ rõ." -> "… ngày nào?"), unless that names something (a
    capitalised word after a sentence's first)."""
    question = _SIGNATURE.sub("", question).rstrip() or question
    if (folded := folded_aligned(question)) is not None and (guess := _GUESS_AFTER.search(folded)) \
            and ASKING_WORD.search(folded[:guess.start()]):
        asked = question[:guess.start()].rstrip(" ,")
        question = asked if asked.endswith("?") else f"{asked}?"
    m = _AFTERTHOUGHT.search(question)
    if not m:
        return question
    named = any(w[:1].isupper() for s in re.split(r"[.!…]+", m.group(0)) for w in s.split()[1:])
    return question if named else question[:m.start()]


# How the answer should look, asked beside the question (folded): "Trả lời ngắn gọn trong một câu: …", "…? Chỉ cần
# con số.", "Bằng tiếng Việt, tối đa 20 từ: …", "Nêu rõ nguồn: …", "…? Liệt kê dạng gạch đầu dòng." — no part of what
# is asked: a length limit's figure is no figure of the question's, and a follow-up is still elliptical.
_FORM_PART = (r"(?:tra loi|(?:(?:giai thich|noi|trinh bay)\s+)?(?:ngan gon|don gian|de hieu)|that ngan|ngan|chinh xac"
              r"|dung muc"
              # "…? Giải thích đơn giản giúp cô.": whom to tell it to
              r"|(?:giup|cho|ho|dum)\s+(?:co|thay|toi|minh|em|chau|tui)(?:\s+(?:voi|nhe|nha|nhe))?"
              # "…? Nói ngắn gọn cho học sinh hiểu.": whom it is for
              r"|(?:cho|de)\s+(?:hoc sinh|cac em|hoc tro|nguoi dan|ba con|moi nguoi)\s+(?:de\s+)?hieu"
              r"|bang tieng viet|roi|va|thoi"
              r"|trong\s+(?:mot|1|hai|2|ba|3)\s+(?:cau|dong|y)"
              r"|(?:toi da|khong qua|duoi|it hon|khoang)\s+\d{1,3}\s+(?:tu|chu|cau|dong|y)"
              r"|chi(?:\s+(?:can|ghi|neu|viet))?(?:\s+cho\s+(?:toi|minh|em))?\s+"
              r"(?:ngay(?:\s+thang)?|nam|con so|so(?:\s+hieu(?:\s+van ban)?)?|ten(?:\s+(?:co quan|nguoi|van ban))?"
              r"|chuc vu)"
              r"|cho\s+(?:toi|minh|em)(?:\s+dung)?\s+(?:mot|1)\s+con so|(?:mot|1)\s+con so(?:\s+la du)?"
              # "…? Cho mình key point ngắn gọn thôi."
              r"|(?:cho\s+(?:toi|minh|em)\s+)?(?:(?:cac|vai)\s+)?(?:key\s*points?|y chinh)"
              r"|khong can\s+(?:giai thich|dien giai|phan tich|chuc vu|trich dan)(?:\s+them)?"
              r"|(?:neu|ghi)\s+ro\s+nguon(?:\s+(?:bai bao|bai viet|tai lieu))?"
              r"|(?:kem|co)(?:\s+theo)?\s+(?:trich dan|nguon)"
              r"|(?:liet ke\s+)?(?:duoi\s+|theo\s+)?dang\s+gach\s+dau\s+dong"
              # a quiz's "…? Chọn Đúng/Sai."
              r"|chon\s+(?:dap an\s+)?dung\s*(?:/|hay|hoac)\s*sai"
              # "…? Tóm tắt một dòng giúp mình."
              # ("Tóm tắt 1 câu cho slide: …": what the summary is for)
              r"|tom tat(?:\s+(?:trong\s+)?(?:mot|1)\s+(?:dong|cau))?(?:\s+giup(?:\s+(?:minh|toi|em))?)?"
              r"(?:\s+(?:cho|de)\s+(?:lam\s+)?(?:slide|bao cao|bai|tin|ban tin|trinh chieu))?)")
_FORM = rf"(?:{_FORM_PART})(?:\s*,?\s*(?:{_FORM_PART}))*"
_FORM_BEFORE = re.compile(rf"^\s*{_FORM}\s*:\s*(?=\S)")
_FORM_AFTER = re.compile(rf"(?<=\?)\s*{_FORM}\s*[.!…]*\s*$")
# After a comma, closing the question before its mark: "… chủ đề gì vậy, giải thích ngắn gọn?" (only a form said in
# so many words: "…, chính xác?" may be part of what is asked).
_FORM_CLOSING = re.compile(rf"\s*,\s*{_FORM}(?=\s*\?+\s*$)")
_FORM_SAID = re.compile(r"\b(?:ngan gon|tra loi|tom tat)\b")


def without_answer_form(question: str) -> str:
    """``question`` without what it asks of the answer's form before a colon or after its question mark ("Trả lời
    ngắn gọn trong một câu: Ai …?" -> "Ai …?", "… bao nhiêu người? Chỉ cần con số." -> "… bao nhiêu người?")."""
    if (folded := folded_aligned(question)) is None:  # the spans below are the folded text's
        return question
    if (m := _FORM_AFTER.search(folded)) and _asks_form(m.group(0)):
        question, folded = question[:m.start()], folded[:m.start()]
    elif (m := _FORM_CLOSING.search(folded)) and _FORM_SAID.search(m.group(0)):
        question, folded = question[:m.start()] + question[m.end():], folded[:m.start()] + folded[m.end():]
    if (m := _FORM_BEFORE.match(folded)) and _asks_form(m.group(0)):
        question = question[m.end():]
    return question


# Which report says it, asked after the question ("…, và bài nào nói chuyện này?", "…, đồng thời bài nào đưa tin?",
# "…, theo bài nào?"; folded): every answer cites the report it quotes, so what is asked is the question before it.
_SOURCE_REQUEST = re.compile(
    r"\s*[,;]?\s+(?:(?:va|dong thoi|con|kem)\s+)?(?:(?:cho|xin)\s+(?:em|toi|minh|chau)\s+(?:hoi|biet)\s+(?:luon\s+)?)?"
    r"(?:(?:theo|trong|o|tu)\s+)?(?:bai|tin|nguon)(?:\s+(?:bao|viet))?\s+nao"
    r"(?:\s+(?:noi|dua tin|viet|dang|neu|de cap|nhac|ghi)(?:\s+(?:den|toi|ve))?"
    r"(?:\s+(?:chuyen|viec|so lieu|dieu|thong tin|noi dung))?(?:\s+(?:nay|do|ay|vay))?)?"
    r"(?:\s+(?:a|vay|nhe|the))?(?=\s*[?.!…]*\s*$)")
# What the question before it must ask: a source asked alone ("Kết luận 21 được nêu trong bài nào?") is the question.
_ASKING_BEFORE = re.compile(r"\b(?:nao|gi|ai|bao nhieu|may|khong|chua|dau|sao)\b")


def without_source_request(question: str) -> str:
    """``question`` without a request for the report that says it, asked after the question itself ("… tổ chức vào
    ngày nào ạ, và bài nào nói chuyện này?" -> "… tổ chức vào ngày nào ạ?")."""
    if (folded := folded_aligned(question)) is None:
        return question
    m = _SOURCE_REQUEST.search(folded)
    if m and _ASKING_BEFORE.search(folded[:m.start()]):
        return question[:m.start()].rstrip(" ,;") + question[m.end():]
    return question


def _asks_form(span: str) -> bool:  # more than the joining words ("rồi", "và", "thôi")
    return bool(re.sub(r"\b(?:roi|va|thoi)\b|[\W_]", "", span))


# The question said again in other words after it: "… hôm nào? Tức là buổi giám sát … diễn ra ngày nào ấy.", "… về
# việc gì, ý tôi là cái quy định ngày 20/9/2021 ấy?", "… ? Nói cách khác, chủ trương của kết luận đó là gì?" (folded).
# The first wording is asked; the second says the same, often less plainly.
_RESTATED = re.compile(r"(?:(?<=[?.!])|,)\s*(?:tuc la|y (?:toi|minh|em|to|tui) la|noi cach khac|(?:hay\s+)?noi dung hon"
                       r"|noi ro hon|hay noi cach khac)\b(?!\s+(?:gi|sao|nhu the nao)\b)[^?]*\??[\s.!…]*$")


def without_restatement(question: str) -> str:
    """``question`` without its own question said again after it ("… ngày nào? Tức là ngày ký ấy." -> "… ngày
    nào?"), its question mark kept."""
    folded = folded_aligned(question)
    if folded is None or not (m := _RESTATED.search(folded)):
        return question
    # Only after a whole question: "Còn giải pháp ngay trước đó, tức là thứ ba, thì …?" says what it asks there.
    if not (folded[:m.start()].rstrip().endswith("?") or ASKING_WORD.search(folded[:m.start()])):
        return question
    kept = question[:m.start()].rstrip(" ,")
    return kept if kept.endswith(("?", ".", "!")) else kept + "?"


def without_filler(question: str) -> str:
    """``question`` without the spoken filler it opens with ("à thế còn …" -> "thế còn …", "Chẳng lẽ Ban …" ->
    "Ban …")."""
    return _LIKE.sub(" ", _FILLER.sub("", question, count=1))


# A word or a few said twice as one stumbles ("ông ông Bí thư …", "Kế hoạch 77 Kế hoạch 77-KH/TU", "bao nhiêu, bao
# nhiêu"); not the doubled words that mean every one ("ngày ngày", "người người", "nhà nhà", "đời đời"), nor a
# number said digit by digit ("kế hoạch bảy bảy": 77).
_STUTTER = re.compile(r"(?<![\w/-])((?:\w+\s+){0,2}\w+)(?:\s*,\s*|\s+)(?i:\1)(?!\w)")
_DOUBLED_WORDS = frozenset({"ngày", "người", "nhà", "đời", "ngay", "nguoi", "nha", "doi"})
_ASKED_NEXT = re.compile(r"\s+(?:nào|nao|mấy|may|gì|gi|bao nhiêu|bao nhieu)\b", re.IGNORECASE)
_DIGIT_WORDS = frozenset("không một hai ba bốn năm lăm sáu bảy tám chín mười mươi linh lẻ tư mốt khong mot bon nam "
                         "lam sau bay tam chin muoi le moi".split())


def without_stutter(question: str) -> str:
    """``question`` with words said twice in a row said once ("ờ ông ông Bí thư …" -> "ờ ông Bí thư …")."""
    def once(m: re.Match[str]) -> str:
        words = m.group(1).split()
        # ("ngày ngày nào": before the word that asks, a stumble, not "every day")
        kept = (len(words) == 1 and words[0].lower() in _DOUBLED_WORDS
                and not _ASKED_NEXT.match(question, m.end())) \
            or any(w.lower() in _DIGIT_WORDS for w in words)
        return m.group(0) if kept else m.group(1)
    return _STUTTER.sub(once, question)


# "Thế / vậy / rồi (thì) …" opening a question joins it to the conversation and asks nothing ("thế cuốn tài liệu …
# tên là gì"); "Thế nào là …?" asks. Typed without accents "the" may be "thẻ", "roi" "rời".
_SO_OPENING = re.compile(r"^\s*(?:thế|vậy|rồi|vay)(?:\s+(?:thì|thi))?\s*,?\s+(?!(?:nào|nao|sao)\b)(?=\w)",
                         re.IGNORECASE)


# An excerpt pasted before the question ('Đoạn trích: "…". Hỏi: …', '"…" – Bí thư … lúc đó là ai?'): what is asked
# follows it; the excerpt says where, so it goes after the question as context does ("… là ai? (“…”)").
_EXCERPT = re.compile(
    r"^\s*(?:(?:đoạn trích|trích đoạn|trích|doan trich)(?:\s+[^:\"“]{1,40}?)?\s*:\s*)?"
    r"(?P<quote>[\"“][^\"”]{8,}[\"”])\s*(?P<place>\([^)]{1,40}\))?\s*[.…]?\s*"
    r"(?:[-–—]\s*(?:(?:hỏi|hoi|câu hỏi)\s*:\s*)?|(?:hỏi|hoi|câu hỏi)\s*:\s*|(?:vậy|thế|vay)\s+)"
    r"(?P<asked>\S.*)$", re.IGNORECASE | re.DOTALL)


def excerpt_after(question: str) -> str:
    """``question`` with an excerpt pasted before it moved after it, in brackets ('Đoạn trích: "Đoàn giám sát …".
    Hỏi: ai làm trưởng đoàn?' -> 'ai làm trưởng đoàn? (“Đoàn giám sát …”)'); as typed when it opens with none."""
    m = _EXCERPT.match(question)
    if not m or len(m.group("asked").split()) < 3:
        return question
    quote = m.group("quote").strip("\"“”")
    place = f" {m.group('place')}" if m.group("place") else ""
    return f"{m.group('asked').strip()} (“{quote}”{place})"


# "Ghi vậy có đúng không?", "Viết như thế đã chính xác chưa?": the claim told before is checked; how the asker put it
# is no topic.
_PUT_SO = re.compile(r"\b(?:ghi|viết|nói|hiểu|viet|noi|hieu)\s+(?=(?:như\s+|nhu\s+)?(?:vậy|thế|vay|the)"
                     r"\s+(?:(?:là|la|thì|thi|đã|da)\s+)?(?:(?:có|co)\s+)?(?:đúng|chính xác|sai|dung|chinh xac)\b)",
                     re.IGNORECASE)


# The bureaucratic frame of a question written in nominalisations: "Việc kết nối trực tuyến … được thực hiện tới bao
# nhiêu điểm cầu?", "Công tác kết nạp … đạt kết quả bao nhiêu đảng viên?", "… được ghi nhận là bao nhiêu?". The noun
# opening it ("Việc", "Công tác", "Sự") and the verb that only carries the tense ("được thực hiện", "được tiến hành",
# "đạt kết quả", "được ghi nhận là") say nothing of what is asked.
_NOMINAL_OPENING = re.compile(r"^\s*(?:việc|công tác|sự|viec|cong tac|su)\s+(?=\w)", re.IGNORECASE)
_CARRIER = re.compile(r"\s+(?:(?:đã|da)\s+)?(?:(?:được|duoc)\s+(?:thực hiện|tiến hành|triển khai|ghi nhận|xác định|"
                      r"thuc hien|tien hanh|trien khai|ghi nhan|xac dinh)(?:\s+(?:là|ở mức|la|o muc))?"
                      r"|(?:đạt|dat)\s+(?:kết quả|ket qua)(?:\s+(?:là|la))?)"
                      r"(?=\s+(?:vào|tới|đến|đối với|bởi|theo|bao nhiêu|như thế nào|thế nào|ra sao|là gì|vao|toi|den|"
                      r"doi voi|boi|bao nhieu|nhu the nao|the nao|la gi)\b)", re.IGNORECASE)


def without_nominal_frame(question: str) -> str:
    """``question`` without the bureaucratic frame of a nominalised question ("Việc kết nối … được thực hiện tới bao
    nhiêu điểm cầu?" -> "kết nối … tới bao nhiêu điểm cầu?"); only when it opens with "Việc", "Công tác", "Sự" and
    carries its ask on such a verb."""
    if not _NOMINAL_OPENING.match(question) or not _CARRIER.search(question):
        return question
    return _CARRIER.sub("", _NOMINAL_OPENING.sub("", question, count=1), count=1)


# A question written as a letter, a line each: a subject line ("V/v: hỏi về …"), a salutation ("Kính gửi Ban biên
# tập,"), the question, a closing ("Trân trọng cảm ơn.") and a signature (a name, an office). Only the question is
# asked: the signature's name and office, joined across the line break to the question's last word, are no names of
# it ("Quảng Ninh\nĐề nghị …" is no "Quảng Ninh Đề").
_SUBJECT_LINE = re.compile(r"^\s*(?:v/v|về việc|ve viec)\s*[:.]\s*", re.IGNORECASE)
_SALUTATION = re.compile(r"^\s*(?:kính gửi|kinh gui|kính thưa|kinh thua|gửi|gui|thưa|thua)\s[^?]{1,80}?[,:]?\s*$",
                         re.IGNORECASE)
_CLOSING = re.compile(r"^\s*(?:xin\s+)?(?:trân trọng|tran trong|xin (?:chân thành |chan thanh )?(?:cảm|cám|cam) ơn"
                      r"|(?:cảm|cám) ơn|xin cam on|cam on|thân ái|than ai|kính thư|kinh thu|kính bút|kinh but"
                      # "Rất mong nhận được hồi âm.", "Kính mong Ban biên tập giải đáp."
                      r"|(?:rất|kính|rat|kinh)\s+mong|mong\s+(?:nhận|sớm|nhan|som))\b", re.IGNORECASE)


# A chat message's first line greeting the group or calling on it, asking nothing yet (folded): "Chào cả nhà 🙏",
# "Em chào mọi người ạ", "Cả nhà ơi cho em hỏi tí 😅", "Ad ơi".
_CHAT_OPENING = re.compile(r"^\W*(?:(?:em|minh|toi|tui|con|chau|xin)\s+)*(?:chao|hi|hello)\b"
                           r"|^\W*(?:\w+\s+){0,2}oi\b(?:\s+(?:cho\s+)?(?:em|minh|toi|tui|chau)\s+hoi"
                           r"(?:\s+(?:ti|chut|cai|voi|nhe|nha|a))*)?\W*$"
                           r"|^\W*cho\s+(?:em|minh|toi|tui|chau)\s+hoi(?:\s+(?:ti|chut|cai|voi|nhe|nha|a))*\W*$")
_CHAT_OPENING_WORDS = 8


def _chat_opening(line: str) -> bool:
    """Whether ``line`` only greets or calls on whoever reads ("Chào cả nhà 🙏", "Cả nhà ơi cho em hỏi tí")."""
    folded = fold(line).lower()
    return ("?" not in line and len(folded.split()) <= _CHAT_OPENING_WORDS and not re.search(r"\d", folded)
            and not ASKING_WORD.search(folded) and bool(_CHAT_OPENING.search(folded)))


def without_letter_frame(question: str) -> str:
    """``question`` without the frame of a letter written a line each ("V/v: hỏi về …\nKính gửi Ban biên tập,\n…?\n
    Trân trọng cảm ơn.\nNguyễn Văn Tâm, Ban Tuyên giáo Huyện ủy" -> "…?"); the subject line stands for the question
    when nothing else asks. A message of one line is returned as it is."""
    lines = [line.strip() for line in question.splitlines() if line.strip()]
    if len(lines) < 2:
        return question
    body, subject, framed = [], "", False
    for line in lines:
        if _CLOSING.match(line):
            framed = True
            break  # and the signature after it
        if _SUBJECT_LINE.match(line):
            subject, framed = _SUBJECT_LINE.sub("", line, count=1), True
        elif _SALUTATION.match(line) or (not body and _chat_opening(line)):
            framed = True
        else:
            body.append(line)
    if not framed:  # lines of a message, not a letter ("Hiểu rồi.\nCòn cái thứ hai thì sao?")
        return question
    # Lines without a stop of their own are sentences of their own.
    text = " ".join(line if line[-1:] in ".?!:;,…" else f"{line}." for line in body) or subject
    return text or question


# Calling on whoever reads before asking ("ad ơi …", "Mọi người ơi, …", "mn ơi …"): said, not asked.
_CALLED = re.compile(rf"^\s*(?:{_LISTENER}|mọi người|cả nhà|moi nguoi|ca nha|mn|ae|anh em)\s+(?:ơi|oi)\b[\s,!.]*(?=\S)",
                     re.IGNORECASE)


def without_greeting(question: str) -> str:
    """``question`` without a greeting opening it ("Chào bot! …", "Hi hoidap, …", "ad ơi …")."""
    return _CALLED.sub("", _HELLO.sub("", question, count=1), count=1)


def without_opening(question: str) -> str:
    """``question`` without the courtesy it opens with ("Cho em hỏi đồng chí X là …" -> "đồng chí X là …"), a
    spoken filler ("ờ bí thư huyện ủy … tên là gì") or a "thế" joining it on, which patterns anchored at a
    question's start would otherwise not see past."""
    opened = _OPENING.sub("", _SO_OPENING.sub("", without_filler(without_greeting(question)), count=1), count=1)
    return _PUT_SO.sub("", opened)  # (as typed, marks or none: only the verb goes)


# A question may open by saying where its answer is written ("Theo bài viết của Trung tâm TT&VH huyện Đầm Hà, …",
# "Trong phần quán triệt … ở Quảng Ninh, …"): the source, not what is asked of it. Its names are no event's, its
# documents not the one asked about. An event or time it opens with ("Tại hội nghị ở Quảng Ninh, …", "Trong năm
# 2025, …") is part of the question and stays.
# The texts a question may say its answer is written in, accented and not.
# A newspaper by its name ("Theo Báo Nghệ An, …"); typed without accents only before its capitalised name, as "bao"
# is also "bao nhiêu", "bao lâu".
_WRITINGS = ("bài viết|bài báo|bài|báo cáo|bản tin|tin|báo|bai viet|bai bao|bai|bao cao|ban tin|"
             r"bao(?=\s+(?-i:[A-ZĐ]))")
_SOURCE = re.compile(
    # "Theo tác giả bài viết về …, …"; "Cũng bài về … ấy, …" (the one the conversation was about); "Căn cứ bài viết
    # …, …", as a formal request says it
    r"^\s*(?:(?:cũng|cung)\s+(?:(?:theo|trong)\s+)?|theo\s+|trong\s+|(?:căn cứ|can cu)\s+(?:(?:vào|vao)\s+)?)"
    r"(?:(?:tác giả|tac gia)\s+(?:của\s+|cua\s+)?)?"
    # (within its sentence: "… của Bộ Chính trị. Tôi tuổi cao, …" is no source up to that comma)
    rf"(?:{_WRITINGS}|phần|nội dung|phát biểu|giải pháp|phan|noi dung|phat bieu|giai phap"
    # a text by whose it is or what it is about ("Theo văn bản của Nghệ An (…): …", "căn cứ các văn bản được viện
    # dẫn trong tài liệu về …, thì …"), not a document by its name
    r"|(?:(?:các|cac)\s+)?(?:văn bản|tài liệu|van ban|tai lieu)(?=\s+(?:của|về|ở|được|trong|cua|ve|o|duoc)\b))\b"
    # (a quotation or a bracket whole: a comma inside one, "“… của cán bộ, đảng viên”", ends no source)
    r"(?:[^,?.\"“”(]|\.(?!\s)|“[^”]{0,200}”|\"[^\"]{0,200}\"|\([^()]{0,200}\)){0,200}?"
    # Up to a comma or a colon, or "thì" ("Trong bài của đ/c Thanh Giang … thì giải pháp thứ năm là gì?"; not "thi
    # hành"). In lower case: "Thị" is a name's ("Phạm Thị Thanh Giang").
    r"(?:[,:]|\s(?=(?-i:thì|thi)\s(?!hanh|dua|cu\b|tuyen|sinh|dau)))\s*(?:(?-i:thì|thi)\s+)?(?=\S)",
    re.IGNORECASE)


_SOURCE_END = re.compile(r"[\s,:]*(?:(?:thì|thi)\s*)?$")


# …or tell it in a clause of its own, set off by commas or brackets: "Quy định số 205-QĐ/TW, được nhắc đến trong bài
# viết về Nghệ An, điều chỉnh vấn đề gì?" — where the document is mentioned, not what is asked of it.
_MENTIONED_IN = re.compile(
    # …or, said with "được", without commas: "Hãy nêu nội dung của Quy định 205-QĐ/TW được nhắc đến trong bài viết
    # về Nghệ An." (to the question's end).
    r"(?:\s*[,(]\s*(?:được\s+|duoc\s+)?|(?P<bare>\s+(?:được|duoc)\s+))"
    r"(?:nhắc|nhac|nêu|neu|đề cập|de cap|dẫn|dan)(?:\s+(?:đến|tới|den|toi|lại|lai))?"
    rf"\s+(?:trong|tại|ở|tai|o)\s+(?:{_WRITINGS})\b[^,?()]{{0,200}}?\s*(?:[,)]|(?=\?)|(?=[.!]?\s*$))",
    re.IGNORECASE)


# …or make the writing the subject of a verb of telling: "Bài của Cao Bằng ghi Kết luận 21 ngày nào?" (what follows
# the verb is asked; "Bài về Nghệ An nói về gì?" asks about the writing itself).
_WRITING_TELLS = re.compile(
    rf"^\s*(?:(?:(?:vậy|thế|vay|the)\s+)?(?:còn|con)\s+)?"  # "Còn bài của Cao Bằng thì ghi …?"
    # "bài Cao Bằng": the writing by its place's or author's name, with or without "của / về / ở".
    rf"(?P<source>(?:{_WRITINGS})\s+(?:(?:của|về|ở|trên|bên|cua|ve|o|tren|ben)\s|(?=(?-i:[A-ZĐ])))[^,?:]{{1,120}}?)\s"
    r"(?:(?-i:thì|thi)\s+)?"
    r"(?:ghi|viết|nêu|nói|cho biết|đặt ra|đặt|đề ra|nhấn mạnh|khẳng định|đưa tin|đăng tin|nhắc đến|nhắc tới|nhắc|"
    r"viet|neu|noi|cho biet|dat ra|dat|de ra|nhan manh|khang dinh|dua tin|dang tin|nhac den|nhac toi|nhac)"
    r"(?:\s+(?:là|rằng|la|rang))?\s+"
    r"(?!(?:về|gì|những|ve|gi|nhung)\b)(?=\S)", re.IGNORECASE)


# When a writing was published, or its headline (folded): asked of the writing itself, which is then no source told.
_WRITING_ASKED = re.compile(r"\b(?:duoc\s+)?(?:dang|xuat ban|dang tai)\s+(?:vao\s+)?(?:ngay|luc|khi|hom|thang|nam)"
                            r"\s+nao\b"
                            # its headline: "Bài Baonghean đưa tin hội nghị … có tít là gì?"
                            r"|\b(?:tit|tieu de|tua de|nhan de|ten bai)\b")


# …or, as a headline, before a colon: "Bài Bí thư Cao Bằng: KL21 ghi ngày 25/10/2021 - đúng?".
_HEADLINE_SOURCE = re.compile(rf"^\s*(?P<source>(?:{_WRITINGS})\s+[^,?:.]{{1,120}}?)\s*:\s*(?=\S)", re.IGNORECASE)


# …or name it inside the question, the writing by a place or a person it is of or about ("Ngày ban hành KL 21 trong
# bài của Cao Bằng là ngày nào?", "… giải pháp thứ mấy trong bài Nghệ An?"): the capitalised words after it end it.
_IN_WRITING = re.compile(rf"\s+(?:trong|theo)\s+(?:{_WRITINGS})\s+(?:(?:của|về|ở|trên|cua|ve|o|tren)\s+)?"
                         r"(?:(?:tỉnh|huyện|tinh|huyen|đồng chí|đ/c|dong chi)\s+)?(?=\w)", re.IGNORECASE)
_CAPITALISED = re.compile(r"(?:\s*[^\W\d_][\w&]*)")


def _writing_inside(question: str) -> tuple[str, str] | None:
    """The writing a question names inside it by its capitalised name, and the question without it; None when it
    names none so."""
    def capitalised(at: int) -> int:  # where a capitalised word at ``at`` ends, or 0
        w = _CAPITALISED.match(question, at)
        return w.end() if w and w.group().strip()[:1].isupper() else 0

    for m in _IN_WRITING.finditer(question):
        end = m.end()
        while True:
            nxt = capitalised(end)
            if not nxt and end > m.end() and (w := _CAPITALISED.match(question, end)):
                nxt = capitalised(w.end())  # one lower-case word between: a title's ("Bí thư Cao Bằng")
            if not nxt:
                break
            end = nxt
        rest = f"{question[:m.start()]}{question[end:]}"
        if end > m.end() and len(rest.split()) >= 3:
            return question[m.start():end].strip(), re.sub(r"\s+(?=[?.!,])", "", rest).strip()
    return None


# Words that ask (folded): a clause with one asks something.
ASKING_WORD = re.compile(r"\b(?:gi|nao|ai|bao nhieu|may|sao|khong)\b")
# Words that ask for something (folded), not whether ("không"): "gì", "nào", "ai", "bao nhiêu", "mấy", "sao", "đâu".
ASKS_SOMETHING = re.compile(r"\b(?:gi|nao|ai|bao nhieu|may|sao|dau)\b")


def _names_something(text: str) -> bool:
    """Whether ``text`` has a capitalised word (a name, a document's type)."""
    return any(w[0].isupper() for w in re.findall(r"[^\W\d_]+", text))


def _source_end(question: str, end: int) -> int:
    """Where the source that ``_SOURCE`` matched up to ``end`` really ends. A source names its writing by a name; one
    cut at a comma before any ("Theo bài viết về nhiệm vụ, giải pháp … ở Nghệ An, Quy định … ban hành ngày nào?")
    goes on to the next comma, when what lies between asks nothing and names something, and a question is left."""
    if _names_something(question[:end].split(None, 1)[-1]):  # past its first word, capitalised as any question's
        return end
    segment, comma, rest = question[end:].partition(",")
    # The phrase goes on in lower case ("…, giải pháp …"); a capital opens the question's own clause ("…, Cao Bằng
    # xây dựng, duy trì bao nhiêu …").
    if comma and segment.lstrip()[:1].islower() and len(segment.split()) <= 10 and _names_something(segment) \
            and not ASKING_WORD.search(fold(segment)) and "?" not in segment and len(rest.split()) >= 3:
        return end + len(segment) + 1 + (len(rest) - len(rest.lstrip()))
    return end


def writing_tells(question: str) -> re.Match[str] | None:
    """Where a question opening with a writing that tells something ("Còn bài Cao Bằng thì ghi …", "Bài về Nghệ An
    nêu …") has its verb of telling end (``end()``), the writing being group "source"; None when it opens so not."""
    return _WRITING_TELLS.match(question)


# A writing named by its headline or first words in quotes, then what is asked of it after a colon, comma or dash:
# 'Bài "Giám sát việc triển khai … tại huyện Hưng Nguyên" — …', 'Trong bài "…", …', 'Bài bắt đầu "Sáng 14/11, …": …',
# 'Bài Cao Bằng "…" (Cao Bằng) trên hdnd.caobang.gov.vn: …'. The headline's words are its own, not the question's.
_QUOTED_WRITING = re.compile(
    r"^\s*(?:(?:trong|theo|ở|trên|tren|o)\s+)?(?:bài viết|bài báo|bài|bản tin|bai viet|bai bao|bai|ban tin)"
    # (not what the writing says in quotes: 'Trong bài Nghệ An có nhắc "Quy định số 2993-QĐ/TU …"')
    r"(?:\s+(?![^\"“”«»,:;?]*\b(?:nhắc|nhac|có câu|co cau|ghi|nêu|neu|viết|viet|trích|trich|đề cập|de cap)\b)"
    r"[^\"“”«»,:;?]{1,40}?)?\s*[\"“«]([^\"“”«»]{3,200})[\"”»]"
    r"(?:\s*\([^()]{1,40}\))?(?:\s+(?:trên|của|ở|tren|cua|o)\s+[^,:;—–?\"“]{1,60})?\s*[,:;—–]+\s*(?=\S)",
    re.IGNORECASE)


# A label in square brackets a quiz or a list puts before a question ("[Trắc nghiệm] …", "[Điền vào chỗ trống] …"):
# what kind of question it is, no part of it.
_LEADING_LABEL = re.compile(r"^\s*[\[【]([^\]】]{1,40})[\]】]\s*(?=\S)")


def without_label(question: str) -> str:
    """``question`` without the bracketed label it opens with ("[Trắc nghiệm] Ai …?" -> "Ai …?")."""
    return _LEADING_LABEL.sub("", question, count=1)


# A question forwarded to a group chat: its wrapper ("Fwd: Chị Hoa hỏi:", ">> … — tin của a Dũng, ad chuyển lên nhóm",
# a signature "— Admin nhóm Chi bộ 3", emoji) around the question quoted whole.
_QUOTED_PART = re.compile(r"[\"“]([^\"“”]{8,600})[\"”]")
_FORWARD_MARK = re.compile(r"^\s*(?:(?:fwd?|fw)\s*:\s*|>>+\s*)+", re.IGNORECASE)
_FORWARDED = re.compile(r"^\s*(?:fwd?\s*:|>>+)|\b(?:hỏi|nhắn|chuyển|forward|fwd|tin của|câu hỏi của|tin nhắn của"
                        r"|hoi|nhan|chuyen|tin cua|cau hoi cua|tin nhan cua)\b", re.IGNORECASE)


def forwarded_question(message: str) -> str:
    """The question a forwarded message quotes whole ('Fwd: Chị Hoa hỏi: "Hội nghị … ngày nào?" 🙏 — Admin nhóm …'
    -> "Hội nghị … ngày nào?"), when the words around it forward it and ask nothing; ``message`` otherwise (a
    question quoting a phrase of the texts asks outside the quotes: 'Sau cụm "…" là con số nào?')."""
    unmarked = _FORWARD_MARK.sub("", message, count=1)  # ("Fwd: Kết luận 21 ban hành ngày nào?")
    asking = [m for m in _QUOTED_PART.finditer(message)
              if m.group(1).rstrip().endswith("?") or ASKING_WORD.search(fold(m.group(1)).lower())]
    if len(asking) != 1:
        return unmarked
    m = asking[0]
    around = f"{message[:m.start()]} {message[m.end():]}"
    if not _FORWARDED.search(around) or ASKING_WORD.search(fold(around).lower()):
        return unmarked
    inner = m.group(1).strip()
    return inner if inner.endswith(("?", ".", "!")) else f"{inner}?"


# A document the question points back at by its type (folded): "quy định đó", "kế hoạch này", "văn bản nói trên".
_DOCUMENT_POINTED = re.compile(r"\b(?:quy dinh|ket luan|nghi quyet|chi thi|ke hoach|chuong trinh|de an|quyet dinh"
                               r"|thong bao|huong dan|van ban)\s+(?:do|nay|ay|tren|noi tren)\b")


def split_source(question: str) -> tuple[str, str]:
    """The source a question opens with, or tells in a clause of its own, and the question without it ("Theo bài
    viết về Cao Bằng, Chương trình 08-CTr/TU nhằm mục đích gì?" -> "Theo bài viết về Cao Bằng", "Chương trình
    08-CTr/TU nhằm mục đích gì?"); no source when it names none or nothing would be left to ask, nor when what is
    asked points back at the document it names ("Trong bài của Nghệ An có nhắc Quy định số 09-QĐ/TU … thì quy định
    đó về vấn đề gì": that document is asked about)."""
    source, rest = _split_source(question)
    if source and ref_keys(source) and _DOCUMENT_POINTED.search(fold(rest).lower()):
        return "", question
    return source, rest


def _split_source(question: str) -> tuple[str, str]:
    m = _QUOTED_WRITING.match(question)
    if m and len(question[m.end():].split()) >= 3:
        return question[:m.end()].strip(" ,:;—–"), question[m.end():]
    m = _SOURCE.match(question)
    if m and len(question[m.end():].split()) >= 3:
        end = _source_end(question, m.end())
        return _SOURCE_END.sub("", question[:end]), question[end:]
    m = _HEADLINE_SOURCE.match(question) or _WRITING_TELLS.match(question)
    # ("Bài Tỉnh ủy Cao Bằng viết xây dựng chỉnh đốn Đảng, đăng ngày nào?": what is asked is of the writing itself)
    if m and len(question[m.end():].split()) >= 3 and not _WRITING_ASKED.search(fold(question[m.end():]).lower()):
        return m.group("source").strip(), question[m.end():]
    m = _MENTIONED_IN.search(question)
    if not m and (inside := _writing_inside(question)):
        return inside
    rest = f"{question[:m.start()]} {question[m.end():]}".strip() if m else ""
    # Where a document is mentioned asks nothing: a clause with a question word is the question ("… được nêu
    # trong bài về Nghệ An quy định về gì?").
    if not m or len(rest.split()) < 3 or ASKING_WORD.search(fold(m.group(0))):
        return "", question
    # Said without commas, the clause ends at the question's end, or at a comma the question goes on after ("…
    # được nhắc trong bài về Nghệ An, nói về chủ trương gì?"), not inside a list ("… về nhiệm vụ, giải pháp …?").
    if m.group("bare") and question[m.end():].strip(" ?.!") and not ASKING_WORD.search(fold(question[m.end():])):
        return "", question
    return question[m.start():m.end()].strip(" ,()"), re.sub(r"\s+(?=[?.!])", "", re.sub(r"\s+", " ", rest))


# The asker telling who they are ("Tôi là đảng viên 50 năm tuổi Đảng, ….", "Kính gửi ban biên tập, em là sinh viên
# năm 3."): the sentence is about the asker, not about what is asked.
# Or where they live, belong or stand: "Tôi sinh hoạt ở chi bộ khu 5 phường Hồng Hải, …", "Tôi 48 năm tuổi Đảng, ở
# Hạ Long, …", "Năm nay tôi 76 tuổi, …" (not what they read or heard: "Tôi đọc bài về …" names what is asked about).
_SELF_DESCRIPTION = re.compile(
    r"(?:^|(?<=[.!?]\s))\s*(?:(?:kính gửi|kinh gui|thưa|thua|chào|chao)\b[^.,!?]{0,40}[,.!]\s*)?"
    r"(?:(?:năm nay|nam nay)\s+)?(?:chúng\s+tôi|chúng\s+em|chung\s+toi|chung\s+em|tôi|tui|em|mình|cháu|toi|minh|chau)"
    r"\s+(?P<told>là|la|năm nay|nam nay|hiện là|hien la|(?:(?:hiện|đang|đã|hien|dang|da)\s+)?(?:ở|sống"
    r"|sinh hoạt|công tác|về hưu|nghỉ hưu|quê|o|song|sinh hoat|cong tac|ve huu|nghi huu|que)"
    r"|\d{1,3}\s+(?:năm tuổi đảng|tuổi|nam tuoi dang|tuoi))\b[^.!?]*[.!?]?", re.IGNORECASE)
# Where a sentence about the asker goes on about something else: a comma before a word in lower case ("…
# ở phường Cẩm Thành, Cẩm Phả, hồi ấy ốm nằm viện nên không dự được buổi quán triệt …").
_GOES_ON = re.compile(r",\s*(?=[^\W\d_])(?![A-ZĐÀ-ỸẠẢẤẦẨẪẬẮẰẲẴẶẸẺẼẾỀỂỄỆỈỊỌỎỐỒỔỖỘỚỜỞỠỢỤỦỨỪỬỮỰỲỴỶỸ])")


def self_description_spans(question: str) -> list[tuple[int, int]]:
    """Where ``question`` tells who is asking ("Tôi là đảng viên 50 năm tuổi Đảng, …."): the figures and years
    there are the asker's, not conditions of what is asked. The sentence that asks is never one."""
    spans = [(m.start(), end.start() if (end := _GOES_ON.search(question, m.end("told"), m.end())) else m.end())
             for m in _SELF_DESCRIPTION.finditer(question)]
    return [(s, e) for s, e in spans if question[e:].strip()]


# What a wordy question says to whoever reads it rather than about what it asks: a greeting ("Kính gửi ban biên
# tập."), a request to be told ("Xin ban biên tập cho biết", "Kính hỏi ban biên tập,", "cho tôi hỏi"), a hearsay
# lead-in ("Có người nói với tôi rằng"), thanks. Its words are no terms of the question.
_COURTESY = re.compile(
    r"(?:^|(?<=[.!?,]\s))(?:kính gửi|kinh gui|kính thưa|kinh thua|xin chào|xin chao)\b[^.,!?:]{0,40}[.,!:]?"
    # said to the readers as comrades: "Thưa các đồng chí, …", "Các đồng chí ơi, …"
    r"|(?:^|(?<=[.!?]\s))(?:(?:thưa|thua)\s+)?(?:các đồng chí|cac dong chi)(?:\s+(?:ơi|oi))?\s*[,!]"
    rf"|\b(?:xin|kính|kinh|nhờ|nho)\s+(?:(?:{_READERS}|tòa soạn|toa soan|anh chị|anh chi|ad|admin)\s+)?"
    r"(?:(?:mong|mong muốn|mong muon)\s+)?(?:(?:vui lòng|vui long|được|duoc)\s+)?"  # "kính mong cho biết"
    r"(?:(?:cho|chỉ|chi)\s+(?:(?:tôi|em|mình|cháu|lão|toi|minh|chau)\s+)?(?:(?:được|duoc)\s+)?)?"
    r"(?:hỏi|biết|hoi|biet)\b(?:\s+(?:ban biên tập|ban bien tap|quý báo|quy bao|tòa soạn|toa soan))?\s*[,:]?"
    r"|\b(?:có người|co nguoi)\s+(?:nói|bảo|cho rằng|noi|bao|cho rang)(?:\s+(?:với|voi)\s+(?:tôi|em|mình|toi|minh))?"
    r"(?:\s+(?:rằng|là|rang|la))?"
    # the listener asked to tell, for the asker: "cô kể giùm tui là …", "anh đọc tên giúp em …"
    r"|\b(?:cô|chú|anh|chị|bác|em|ad|bạn)\s+(?:(?:kể|đọc|nói|nêu|liệt kê|chỉ)\s+(?:tên\s+)?)?(?:giùm|giúp|dùm|hộ)\s+"
    r"(?:tui|tôi|em|mình|cháu|con)(?:\s+(?:là|với))?\b"
    # "xin quý vị chỉ giáo", "xin đa tạ": asked and thanked, old style
    r"|\bxin\s+(?:quý vị|quy vi)(?:\s+(?:chỉ giáo|chi giao))?\b|\bxin\s+(?:đa tạ|da ta)\b"
    r"|\b(?:xin\s+)?(?:chân thành\s+)?(?:cảm ơn|cám ơn|cam on)"
    r"(?:\s+(?:ban biên tập|ban bien tap|quý báo|anh chị|các đồng chí|cac dong chi))?"
    r"\s*[.!]"
    # the readers addressed as the question closes: "… nói về vấn đề gì vậy các đồng chí?"
    r"|\s(?:các đồng chí|cac dong chi|các anh chị|cac anh chi|anh chị ơi|các bạn ơi)(?:\s+(?:ơi|oi|ạ|a))?(?=\s*\?)",
    re.IGNORECASE)


def courtesy_spans(question: str) -> list[tuple[int, int]]:
    """Where ``question`` greets, thanks, asks to be told or relays hearsay ("Kính gửi ban biên tập. Có người nói
    với tôi rằng …. Xin ban biên tập cho biết …"): words about asking, not about what is asked."""
    return [m.span() for m in _COURTESY.finditer(question) if m.group(0).strip()]


# A request to be told, written as a test item without a question mark ("Nêu thời gian …", "Xác định tỷ lệ …", "Cho
# biết ngày …", "Trình bày ngắn gọn …", a report asked for: "Báo cáo số lượng …") (folded): what it asks for is its
# head noun's question.
_TOLD_REQUEST = re.compile(
    # (after what it goes on from: "Còn tại điểm cầu Nghệ An, cho biết …")
    # (numbered as a worksheet numbers it: "1. …", "Câu 3: …")
    rf"^\s*(?:(?:con|vay|the|va)\s+[^,?]{{2,80}},\s*)?(?:{_OUTLINE}|cau(?:\s+hoi)?\s+\d{{1,3}}\s*[:.)]\s*)?"
    r"(?:hay\s+)?"
    r"(?:(?:xin\s+)?cho\s+(?:(?:toi|em|minh)\s+)?biet|neu(?:\s+ro)?|xac dinh|"
    r"trinh bay(?:\s+(?:ngan gon|tom tat|so luoc))?|tom tat|bao cao)\s*:?\s+(?=\S)")
_FIGURE_HEAD = re.compile(r"(?:ty le|ti le|so luong|tong so|con so|so)\s")
_TIME_HEAD = re.compile(r"(?:thoi gian|thoi diem|ngay thang nam|ngay thang|ngay)\s+(?=\S)")
_NAME_HEAD = re.compile(r"(?:ho va ten|ho ten|ten)\s+(?:cua\s+)?(?=\S)")
_TITLE_HEAD = re.compile(r"(?:cac\s+|nhung\s+)?(?:chuc vu|chuc danh)\s+(?=\S)")
# What a name is asked of that is no person (folded): "tên dự án …", "tên bài viết …", "tên đề án …".
_THING_NAMED = re.compile(r"(?:du an|cong trinh|bai viet|bai bao|bai|de an|van ban|tai lieu|chuong trinh|ke hoach"
                          r"|hoi nghi|mo hinh|tinh|huyen|xa|co quan|to chuc|trang|bao)\b")
_PERSON_HEAD = re.compile(r"(?:nguoi|vi|dong chi|d/c|ong|ba)\s+(?=\S)")
# A second thing asked beside the first ("họ tên đồng chí …, và họ tên đồng chí …"): asked as two, not as one.
_ANOTHER_ASKED = re.compile(r"\bva\s+(?:ho va ten|ho ten|ten|so luong|so|ty le|ti le|ngay|thoi gian|nguoi)\s")
_WHETHER = re.compile(r"\b(?:hay|hoac)\s+(?:chua|khong|ko)\s*$|\b(?:chua|roi)\s*$")


def requested_asked(question: str) -> str:
    """A request to be told that asks nothing in words ("Nêu thời gian Tỉnh ủy Cao Bằng tổ chức hội nghị …",
    "Xác định tỷ lệ cử tri đi bầu … tại tỉnh Quảng Ninh") asked as the question its head noun makes: a figure's "…
    là bao nhiêu?", a time's "… vào ngày nào?", a name's or a person's "… là ai?"; whether, when it ends "hay chưa".
    A request that asks in words ("Cho biết … ngày nào"), asks two things, ends in a question mark or asks for
    something else ("Nêu nội dung …") is left as it is."""
    text = question.strip().rstrip(".!…;: ")
    folded = folded_aligned(text)
    if folded is None or "?" in text or not (m := _TOLD_REQUEST.match(folded.lower())):
        return question
    # ("Hãy cho biết …", "Xin cho biết …": the whole request, not a lead to keep)
    request = re.search(r"(?:(?:hay|xin)\s+)*(?:cho\s+(?:(?:toi|em|minh)\s+)?biet|neu|xac dinh|trinh bay|tom tat"
                        r"|bao cao)\b[^,]*$",
                        folded.lower()[:m.end()])
    lead = text[:request.start()] if request else ""  # what it goes on from, kept
    rest, folded_rest = text[m.end():], folded.lower()[m.end():]
    if len(folded_rest.split()) < 2:
        return question
    if _WHETHER.search(folded_rest):  # "Cho biết … đã thực hiện thường xuyên hay chưa": whether, asked
        return f"{lead}{rest}?" if lead else f"{rest[:1].upper()}{rest[1:]}?"
    if ASKING_WORD.search(folded_rest) or _ANOTHER_ASKED.search(folded_rest):
        return question
    accented = has_diacritics(text)

    def said(accented_words: str) -> str:
        return accented_words if accented else fold(accented_words)

    def opened(asked: str) -> str:
        return f"{lead}{asked}" if lead else f"{asked[:1].upper()}{asked[1:]}"

    if _FIGURE_HEAD.match(folded_rest):
        return f"{opened(rest)} {said('là bao nhiêu')}?"
    if t := _TIME_HEAD.match(folded_rest):
        asked = said("ngày nào") if folded_rest.startswith("ngay") else said("thời gian nào")
        return f"{lead}{rest[t.end():]} {said('vào')} {asked}?"
    if _TITLE_HEAD.match(folded_rest):  # "Nêu chức vụ của tác giả đó"
        return f"{opened(rest)} {said('là gì')}?"
    if n := _NAME_HEAD.match(folded_rest):
        if _THING_NAMED.match(folded_rest, n.end()):  # "Cho biết tên dự án …": a thing's name, not a person's
            return f"{opened(rest)} {said('là gì')}?"
        return f"{opened(rest[n.end():])} {said('là ai')}?"
    # "đồng chí làm trưởng đoàn", "đồng chí Phó Bí thư … dự hội nghị": a person, by what they did or their title;
    # not "đồng chí <Name>"
    if (p := _PERSON_HEAD.match(folded_rest)) and (rest[p.end():p.end() + 1].islower()
                                                   or TITLE_OPENING.match(folded_rest, p.end())):
        return f"{opened(rest)} {said('là ai')}?"
    # Any other ("Trình bày mối quan hệ giữa …", "Nêu nội dung của …") is read as the request it is.
    return question


# A guess the asker adds to what they ask, in brackets or after a comma (folded): "… bao nhiêu nghị quyết (nếu tôi
# nhớ không nhầm là hơn 200)?", "… bao nhiêu ĐV, hình như 4 tổ chức với 364 ĐV nhỉ?". What is asked is answered;
# the guess's figure or name is no part of it (the corpus need not have it).
# (or in a sentence after the question: "…? Tôi nhớ lờ mờ là đồng chí Vũ Quyết Thắng thì phải.")
_HEDGE = (r"(?:neu\s+(?:toi\s+|minh\s+|em\s+)?(?:nho\s+)?khong\s+nham|theo\s+(?:toi|minh|em)\s+nho|(?:toi|minh|em)\s+"
          r"(?:nho|nghi|doan)(?:\s+(?:lo mo|mang mang|mai mai|khong ro))?(?:\s+la)?|hinh nhu|chac(?:\s+la|\s+tam"
          r"|\s+khoang)?|co le)")
_GUESS = re.compile(rf"\s*\(\s*{_HEDGE}\b[^()]*\)|\s*[,;–-]\s*{_HEDGE}\b[^,;?()]*?(?=\s*\?*\s*$)"
                    rf"|(?<=\?)\s*{_HEDGE}\b[^?]*$")
_ASKS_WHAT = re.compile(r"\b(?:gi|nao|ai|bao nhieu|may|dau)\b")


def without_guess(question: str) -> str:
    """``question`` without a guess added to what it asks ("… bao nhiêu nghị quyết (nếu tôi nhớ không nhầm là hơn
    200)?" -> "… bao nhiêu nghị quyết?"); a question asking nothing but the guess is left whole."""
    folded = folded_aligned(question)
    if folded is None:
        return question
    lowered = folded.lower()
    for m in reversed(list(_GUESS.finditer(lowered))):
        if _ASKS_WHAT.search(lowered[:m.start()]):
            question = question[:m.start()] + question[m.end():]
            lowered = lowered[:m.start()] + lowered[m.end():]
    return question
