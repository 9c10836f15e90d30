"""One-off: joins the Lao columns of the translation (staging/lao/*.csv) into data/*.csv.

Kept for provenance (how the `_lo` columns were made). Each Lao column goes right after its
English twin, rows are joined on their id, and an id on one side only stops the join. Run from the
project root: python3 scripts/oneoff/join-lao.py ../staging/lao

The translation left `publisher_lo` empty for 52 sources. Those below were written for the join:
a name that is a brand or an address stays as published (CafeF, VnExpress, 123docz.net), and only
the words around it are Lao ("ໜັງສືພິມ" newspaper, "ພາກພາສາອັງກິດ" English edition). They need the
same native review as the rest.
"""
import csv, io, sys

STAGING = sys.argv[1] if len(sys.argv) > 1 else '../staging/lao'

PUBLISHER_LO = {
    'seed-004': 'ໜັງສືພິມ Ngày Nay',
    'ext-sggpnews-ce0d48': 'ໜັງສືພິມ Saigon Giai Phong (SGGP) ພາກພາສາອັງກິດ, ຂ່າວຂອງສຳນັກຂ່າວສານຫວຽດນາມ',
    'ext-baobinhduong-8734b1': 'ໜັງສືພິມບິ່ງເຢືອງ (ພາກພາສາອັງກິດ), ຂ່າວຂອງສຳນັກຂ່າວສານຫວຽດນາມ',
    'ext-cafef-177263': 'CafeF',
    'ext-cafef-46657d': 'CafeF',
    'ext-cafeland-ec8cb3': 'CafeLand',
    'ext-dantri-e29d3c': 'ໜັງສືພິມ Dân trí',
    'ext-soha-f05eda': 'Soha',
    'ext-vietnameconomy-04e758': 'vietnameconomy.org',
    'ext-vtrlogistics-5214ed': 'VTR Logistics (ເວັບໄຊບໍລິສັດ)',
    'ext-138054-a20216': 'ເວທີສົນທະນາ activeboard.com (138054)',
    'ext-123docz-2b43ce': '123docz.net',
    'ext-123docz-b35712': '123docz.net',
    'ext-einpresswire-920217': 'EIN Presswire (ເຜີຍແຜ່ຄືນບົດຂອງ Viet Nam News)',
    'ext-sggp-50e1c5': 'ໜັງສືພິມ Saigon Giai Phong (SGGP) ພາກພາສາອັງກິດ',
    'ext-vnexpress-294165': 'VnExpress',
    'ext-aseanews-f61a85': 'ASEANEWS',
    'ext-plenglish-3ae503': 'Prensa Latina (ພາກພາສາອັງກິດ)',
    'ext-vnexpress-f5a27b': 'VnExpress',
    'ext-bangkokpost-fae89a': 'Bangkok Post (ຂ່າວຂອງອົງການຂ່າວ dpa)',
    'ext-vietlao-58dc12': 'ເວັບໄຊການຮ່ວມມື ຫວຽດນາມ-ລາວ (vietlao.vietnam.vn), ເຜີຍແຜ່ຄືນຂ່າວຂອງວິທະຍຸສຽງຫວຽດນາມ (VOV)',
    'ext-nst-462fd4': 'New Straits Times (ມາເລເຊຍ)',
    'ext-cafeland-bd2aaa': 'CafeLand',
    'ext-laotiantimes-e389d1': 'Laotian Times',
    'ext-baoquankhu7-1870ed': 'ໜັງສືພິມເຂດທະຫານ 7 (Báo Quân khu 7)',
    'ext-laotiantimes-7bb622': 'Laotian Times',
    'ext-vietstock-c989ad': 'Vietstock (ບົດຂອງ Vietnam Investment Review)',
    'ext-thiennhien-d0b370': 'ThienNhien.Net (ເວັບໄຊຂ່າວຂອງອົງການ PanNature)',
    'ext-sggpnews-395142': 'ໜັງສືພິມ Saigon Giai Phong (SGGP) ພາກພາສາອັງກິດ',
    'ext-cavicovietnam-c351d4': 'CAVICO Vietnam (ເວັບໄຊບໍລິສັດ)',
    'ext-bhqennew-3f8c85': 'ໜັງສືພິມຮ່າຕິ້ນ ພາກພາສາອັງກິດ, ສຳເນົາຢູ່ເຊີບເວີ bhqennew.mastercms.vn (ຂ່າວຂອງສຳນັກຂ່າວສານຫວຽດນາມ)',
    'ext-baomoi-79619b': 'Báo Mới (ເວັບໄຊລວບລວມຂ່າວ)',
    'ext-plo-580082': 'ໜັງສືພິມ Pháp Luật TP.HCM (plo.vn)',
    'ext-vneconomy-89d26f': 'VnEconomy',
    'ext-vir-8738b6': 'Vietnam Investment Review (VIR)',
    'ext-asiaeducationreview-beb7f6': 'Asia Education Review',
    'ext-thoidai-10c381': 'ວາລະສານ Thời Đại (ສະຫະພັນອົງການມິດຕະພາບຫວຽດນາມ)',
    'ext-laotiantimes-68968b': 'Laotian Times (ຂ່າວຂອງວຽງຈັນທາມສ໌)',
    'ext-laotiantimes-b8bd8f': 'Laotian Times (ຂ່າວຂອງວຽງຈັນທາມສ໌)',
    'ext-123dok-995983': '123dok.com (ເຜີຍແຜ່ຄືນບົດຂອງວາລະສານວິທະຍາສາດສັງຄົມ, ມະນຸດສາດ ແລະ ການສຶກສາ, ມະຫາວິທະຍາໄລສຶກສາສາດດ່ານັງ)',
    'ext-gt-rider-26a1c1': 'ເວທີສົນທະນາ GT-Rider',
    'ext-marketscreener-a98a3a': 'MarketScreener',
    'ext-nld-fa2a56': 'ໜັງສືພິມ Người Lao Động',
    'ext-opendevelopmentmekong-894666': 'Open Development Laos (ເຜີຍແຜ່ຄືນຂ່າວຂອງວຽງຈັນທາມສ໌)',
    'ext-sggp-e4c236': 'ໜັງສືພິມ Saigon Giai Phong (SGGP English)',
    'ext-sggpnews-aa82f3': 'ໜັງສືພິມ Saigon Giai Phong (SGGP English)',
    'ext-tailieuthamkhao-03812c': 'tailieuthamkhao.com',
    'ext-thoidai-9a2d11': 'ວາລະສານ Thời Đại',
    'ext-thoidai-babfa9': 'ວາລະສານ Thời Đại',
    'ext-thoidai-f877ee': 'ວາລະສານ Thời Đại (ສະຫະພັນອົງການມິດຕະພາບຫວຽດນາມ)',
    'ext-vietnam-vn-b5cbc7': 'vietnam.vn (ເວັບໄຊລວບລວມຂ່າວ, ພາກພາສາອັງກິດ)',
    'ext-vnexpress-4e74d5': 'VnExpress',
}


def read(path):
    with open(path, encoding='utf-8', newline='') as f:
        rows = list(csv.reader(f))
    return rows[0], rows[1:]


def write(path, header, rows):
    out = io.StringIO()
    csv.writer(out, lineterminator='\n').writerows([header, *rows])
    with open(path, 'w', encoding='utf-8', newline='') as f:
        f.write(out.getvalue())


def join(target, staging, key, fill=None):
    header, rows = read(target)
    s_header, s_rows = read(staging)
    lao = {r[0]: dict(zip(s_header, r)) for r in s_rows}
    k = header.index(key)
    ids = [r[k] for r in rows]
    missing, extra = sorted(set(ids) - set(lao)), sorted(set(lao) - set(ids))
    if missing or extra:
        sys.exit(f'{target}: ids without a Lao row {missing}; Lao rows without an id {extra}')
    for col in s_header[1:]:
        if col in header:
            sys.exit(f'{target} already has {col}')
        twin = col[:-3] + '_en'
        at = header.index(twin) + 1
        header.insert(at, col)
        for r, id in zip(rows, ids):
            r.insert(at, lao[id][col] or (fill or {}).get(id, ''))
    write(target, header, rows)
    print(f'{target}: {", ".join(s_header[1:])} for {len(rows)} rows')


join('data/series.csv', f'{STAGING}/series.csv', 'series_id')
join('data/milestones.csv', f'{STAGING}/milestones.csv', 'milestone_id')
join('data/localities.csv', f'{STAGING}/localities.csv', 'locality_id')
join('data/sources.csv', f'{STAGING}/sources.csv', 'source_id', PUBLISHER_LO)

# The 2025 units: a Lao name beside the Vietnamese one, on every row of the unit.
header, rows = read('data/geo/vn-2025-merger.csv')
s_header, s_rows = read(f'{STAGING}/units2025.csv')
lao = dict(s_rows)
k = header.index('new_id')
units = {r[k] for r in rows}
if units != set(lao):
    sys.exit(f'units without a Lao name {sorted(units - set(lao))}; Lao names without a unit {sorted(set(lao) - units)}')
at = header.index('new_name_vi') + 1
for r in rows:
    r.insert(at, lao[r[k]])
header.insert(at, 'new_name_lo')
write('data/geo/vn-2025-merger.csv', header, rows)
print(f'data/geo/vn-2025-merger.csv: new_name_lo for {len(units)} units')
