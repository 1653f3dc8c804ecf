// Generated from seeds/ by packages/core/scripts/generate-hanoi.mjs: do not edit.
// Change the seed files, then run `pnpm --filter @hn-cds/core generate`.
import type { Taxonomy } from '../schema/payload.js';

export const hanoiData: Taxonomy = {
  "kind": "taxonomy",
  "schemaVersion": 1,
  "programme": {
    "id": "hanoi-cds",
    "name": {
      "vi": "Chuyển đổi số thành phố Hà Nội",
      "en": "Hanoi digital transformation"
    },
    "place": {
      "vi": "Hà Nội",
      "en": "Hanoi"
    },
    "pillars": [
      {
        "id": "city",
        "kind": "city_wide",
        "label": {
          "vi": "Xếp hạng của Thành phố",
          "en": "City-wide rankings"
        },
        "description": {
          "vi": "Thứ hạng của Hà Nội so với các tỉnh, thành; số nhỏ hơn là tốt hơn.",
          "en": "Hanoi's rank among Vietnam's provinces; lower is better."
        }
      },
      {
        "id": "government",
        "kind": "pillar",
        "label": {
          "vi": "Chính quyền số",
          "en": "Digital government"
        }
      },
      {
        "id": "economy",
        "kind": "pillar",
        "label": {
          "vi": "Kinh tế số",
          "en": "Digital economy"
        }
      },
      {
        "id": "society",
        "kind": "pillar",
        "label": {
          "vi": "Xã hội số",
          "en": "Digital society"
        }
      },
      {
        "id": "context",
        "kind": "context",
        "label": {
          "vi": "Bối cảnh",
          "en": "Context"
        },
        "description": {
          "vi": "Số liệu nền, không có chỉ tiêu.",
          "en": "Background figures with no target."
        }
      }
    ],
    "reportedSummaries": [
      {
        "document": "nq18",
        "source": "r003",
        "date": "2024-10-24",
        "total": 15,
        "achieved": 8,
        "exceeded": 7,
        "inProgress": 7,
        "noMethod": 1
      }
    ]
  },
  "sources": [
    {
      "kind": "resolution",
      "id": "nq18",
      "number": "18-NQ/TU",
      "issuer": {
        "vi": "Thành ủy Hà Nội",
        "en": "Hanoi Party Committee"
      },
      "date": "2022-12-30",
      "title": {
        "vi": "Nghị quyết về chuyển đổi số và thành phố Hà Nội thông minh, đến 2025, định hướng 2030",
        "en": "Resolution on digital transformation and a smart Hanoi, to 2025 with a 2030 outlook"
      },
      "note": {
        "vi": "Các bài viết ghi tên không thống nhất: R003 ghi mốc 2023, R002 và R004 ghi 2025.",
        "en": "The reports give the title inconsistently: R003 writes 2023, R002 and R004 write 2025."
      }
    },
    {
      "kind": "plan",
      "id": "kh239",
      "number": "239/KH-UBND",
      "issuer": {
        "vi": "UBND thành phố Hà Nội",
        "en": "Hanoi People's Committee"
      },
      "date": "2023-09-27",
      "title": {
        "vi": "Kế hoạch về chuyển đổi số và thành phố thông minh Hà Nội, đến 2025, định hướng 2030",
        "en": "Plan on digital transformation and a smart Hanoi, to 2025 with a 2030 outlook"
      }
    },
    {
      "kind": "programme",
      "id": "ctcds",
      "issuer": {
        "vi": "Thành phố Hà Nội",
        "en": "City of Hanoi"
      },
      "title": {
        "vi": "Chương trình Chuyển đổi số TP Hà Nội",
        "en": "Hanoi City Digital Transformation Programme"
      },
      "note": {
        "vi": "Các nguồn không ghi số hiệu và ngày ban hành; mục tiêu 2025 và 2030 được đọc qua R001.",
        "en": "The sources give neither its number nor its date; its 2025 and 2030 targets are read in R001."
      }
    },
    {
      "kind": "report",
      "id": "r000",
      "publisher": "Báo Hànộimới",
      "author": "Mai Hữu",
      "date": "2024-02-05",
      "title": {
        "vi": "Hà Nội hoàn thành nhiều chỉ tiêu kinh tế số, xã hội số 2021-2025",
        "en": "Hanoi completes several digital economy and society indicators for 2021-2025"
      },
      "seed": "000"
    },
    {
      "kind": "report",
      "id": "r001",
      "publisher": {
        "vi": "Trang tin Hà Nội (không ghi tên)",
        "en": "Hanoi news site (name not printed)"
      },
      "date": "undated",
      "dateNote": {
        "vi": "Bài không ghi ngày; danh sách tin liên quan đề ngày 20-23/12/2024.",
        "en": "No date printed; its related-news list is dated 20-23 December 2024."
      },
      "title": {
        "vi": "Chương trình chuyển đổi số của Hà Nội: mục tiêu 2025 và 2030",
        "en": "Hanoi's digital transformation programme: goals for 2025 and 2030"
      },
      "seed": "001"
    },
    {
      "kind": "report",
      "id": "r002",
      "publisher": {
        "vi": "Trang tin Hà Nội (không ghi tên)",
        "en": "Hanoi news site (name not printed)"
      },
      "date": "undated",
      "dateNote": {
        "vi": "Ghi \"ngày 12/1\" nhưng không ghi năm; bài nhìn lại giai đoạn 2022-2023.",
        "en": "Prints \"12/1\" (12 January) without a year; it looks back on 2022-2023."
      },
      "notBefore": "2023-01-01",
      "title": {
        "vi": "Hà Nội thí điểm các mô hình chuyển đổi số",
        "en": "Hanoi pilots digital transformation models"
      },
      "seed": "002"
    },
    {
      "kind": "report",
      "id": "r003",
      "publisher": {
        "vi": "Cổng tin Hà Nội (không ghi tên)",
        "en": "Hanoi news portal (name not printed)"
      },
      "date": "2024-10-24",
      "title": {
        "vi": "Hà Nội: kết quả chuyển đổi số và thành phố thông minh",
        "en": "Hanoi's results in digital transformation and smart-city building"
      },
      "seed": "003"
    },
    {
      "kind": "report",
      "id": "r004",
      "publisher": {
        "vi": "Trang tin, chuyên mục \"Thị trường hàng hóa\" (không ghi tên)",
        "en": "News site, section \"Thị trường hàng hóa\" (name not printed)"
      },
      "date": "undated",
      "dateNote": {
        "vi": "Bài không ghi ngày; nói về năm 2023 như đã qua.",
        "en": "No date printed; it speaks of 2023 in the past."
      },
      "notBefore": "2023-01-01",
      "title": {
        "vi": "Thực hiện Nghị quyết 18-NQ/TU về chuyển đổi số",
        "en": "Implementing Resolution 18-NQ/TU on digital transformation"
      },
      "seed": "004"
    }
  ],
  "indicators": [
    {
      "id": "city.rank-digital-transformation",
      "pillar": "city",
      "label": {
        "vi": "Xếp hạng chuyển đổi số",
        "en": "Digital transformation rank"
      },
      "unit": "rank",
      "direction": "lower_is_better",
      "targets": [
        {
          "year": 2025,
          "source": "ctcds",
          "via": [
            "r001"
          ],
          "comparator": "rank_at_most",
          "value": 5
        },
        {
          "year": 2025,
          "source": "nq18",
          "via": [
            "r004"
          ],
          "comparator": "milestone",
          "milestone": {
            "vi": "Thuộc nhóm địa phương dẫn đầu cả nước",
            "en": "Among the leading localities nationally"
          },
          "general": true,
          "note": {
            "vi": "Mục tiêu tổng quát của Nghị quyết, không thuộc 15 mục tiêu cụ thể; Nghị quyết không nêu kích thước nhóm.",
            "en": "The resolution's general objective, not one of its 15 specific targets; it does not say how large the group is."
          }
        },
        {
          "year": 2030,
          "source": "ctcds",
          "via": [
            "r001"
          ],
          "comparator": "rank_at_most",
          "value": 3
        }
      ],
      "observations": []
    },
    {
      "id": "city.rank-information-technology",
      "pillar": "city",
      "label": {
        "vi": "Xếp hạng công nghệ thông tin",
        "en": "Information technology rank"
      },
      "unit": "rank",
      "direction": "lower_is_better",
      "targets": [
        {
          "year": 2025,
          "source": "ctcds",
          "via": [
            "r001"
          ],
          "comparator": "rank_at_most",
          "value": 5
        },
        {
          "year": 2030,
          "source": "ctcds",
          "via": [
            "r001"
          ],
          "comparator": "rank_at_most",
          "value": 3
        }
      ],
      "observations": []
    },
    {
      "id": "city.rank-competitiveness",
      "pillar": "city",
      "label": {
        "vi": "Xếp hạng chỉ số cạnh tranh",
        "en": "Competitiveness index rank"
      },
      "unit": "rank",
      "direction": "lower_is_better",
      "targets": [
        {
          "year": 2025,
          "source": "ctcds",
          "via": [
            "r001"
          ],
          "comparator": "rank_at_most",
          "value": 5
        },
        {
          "year": 2030,
          "source": "ctcds",
          "via": [
            "r001"
          ],
          "comparator": "rank_at_most",
          "value": 3
        }
      ],
      "observations": []
    },
    {
      "id": "city.rank-innovation",
      "pillar": "city",
      "label": {
        "vi": "Xếp hạng đổi mới sáng tạo",
        "en": "Innovation rank"
      },
      "unit": "rank",
      "direction": "lower_is_better",
      "targets": [
        {
          "year": 2025,
          "source": "ctcds",
          "via": [
            "r001"
          ],
          "comparator": "rank_at_most",
          "value": 5
        },
        {
          "year": 2030,
          "source": "ctcds",
          "via": [
            "r001"
          ],
          "comparator": "rank_at_most",
          "value": 3
        }
      ],
      "observations": []
    },
    {
      "id": "city.rank-cyber-security",
      "pillar": "city",
      "label": {
        "vi": "Xếp hạng an toàn, an ninh mạng",
        "en": "Cyber safety and security rank"
      },
      "unit": "rank",
      "direction": "lower_is_better",
      "targets": [
        {
          "year": 2025,
          "source": "ctcds",
          "via": [
            "r001"
          ],
          "comparator": "rank_at_most",
          "value": 5
        },
        {
          "year": 2030,
          "source": "ctcds",
          "via": [
            "r001"
          ],
          "comparator": "rank_at_most",
          "value": 3
        }
      ],
      "observations": []
    },
    {
      "id": "city.rank-data-science-ai",
      "pillar": "city",
      "label": {
        "vi": "Khoa học dữ liệu và trí tuệ nhân tạo (Đông Nam Á)",
        "en": "Data science and AI in South-East Asia"
      },
      "shortLabel": {
        "vi": "Dữ liệu và AI",
        "en": "Data science and AI"
      },
      "unit": "rank",
      "direction": "lower_is_better",
      "targets": [
        {
          "year": 2025,
          "source": "ctcds",
          "via": [
            "r001"
          ],
          "comparator": "milestone",
          "milestone": {
            "vi": "Thuộc nhóm dẫn đầu Đông Nam Á",
            "en": "In South-East Asia's leading group"
          }
        }
      ],
      "observations": []
    },
    {
      "id": "city.rank-digital-government",
      "pillar": "city",
      "label": {
        "vi": "Xếp hạng chính quyền điện tử, chính quyền số",
        "en": "E-government and digital government rank"
      },
      "shortLabel": {
        "vi": "Chính quyền số",
        "en": "Digital government rank"
      },
      "unit": "rank",
      "direction": "lower_is_better",
      "targets": [
        {
          "year": 2030,
          "source": "ctcds",
          "via": [
            "r001"
          ],
          "comparator": "rank_at_most",
          "value": 3
        }
      ],
      "observations": []
    },
    {
      "id": "city.rank-e-commerce",
      "pillar": "city",
      "label": {
        "vi": "Xếp hạng chỉ số thương mại điện tử",
        "en": "E-commerce index rank"
      },
      "unit": "rank",
      "direction": "lower_is_better",
      "targets": [],
      "observations": [
        {
          "kind": "value",
          "date": "undated",
          "source": "r004",
          "value": 2,
          "qualifier": "exact"
        }
      ]
    },
    {
      "id": "government.online-public-services",
      "pillar": "government",
      "label": {
        "vi": "Thủ tục hành chính đủ điều kiện được cung cấp trực tuyến",
        "en": "Eligible administrative procedures offered online"
      },
      "shortLabel": {
        "vi": "Dịch vụ công trực tuyến",
        "en": "Online public services"
      },
      "description": {
        "vi": "CTCDS tính mức độ 4; NQ18 tính dịch vụ công trực tuyến toàn trình.",
        "en": "CTCDS counts level-4 services; NQ18 counts full-process online services."
      },
      "unit": "percent",
      "direction": "higher_is_better",
      "targets": [
        {
          "year": 2025,
          "source": "ctcds",
          "via": [
            "r001"
          ],
          "comparator": "reach",
          "value": 100
        },
        {
          "year": 2025,
          "source": "nq18",
          "via": [
            "r003",
            "r004"
          ],
          "comparator": "reach",
          "value": 100
        }
      ],
      "observations": [
        {
          "kind": "value",
          "date": "2024-10-24",
          "source": "r003",
          "value": 46.25,
          "qualifier": "exact"
        }
      ]
    },
    {
      "id": "government.online-work-records",
      "pillar": "government",
      "label": {
        "vi": "Hồ sơ công việc xử lý trên môi trường mạng",
        "en": "Work records processed online"
      },
      "shortLabel": {
        "vi": "Hồ sơ xử lý trực tuyến",
        "en": "Records processed online"
      },
      "description": {
        "vi": "Không tính hồ sơ thuộc bí mật nhà nước.",
        "en": "Records classified as state secrets are excluded."
      },
      "unit": "percent",
      "direction": "higher_is_better",
      "breakdown": {
        "dimension": {
          "vi": "Cấp",
          "en": "Level"
        },
        "members": [
          {
            "id": "city",
            "label": {
              "vi": "Cấp Thành phố",
              "en": "City"
            }
          },
          {
            "id": "district",
            "label": {
              "vi": "Cấp huyện",
              "en": "District"
            }
          },
          {
            "id": "commune",
            "label": {
              "vi": "Cấp xã",
              "en": "Commune"
            }
          }
        ]
      },
      "targets": [
        {
          "year": 2025,
          "source": "ctcds",
          "via": [
            "r001"
          ],
          "breakdown": "city",
          "comparator": "reach",
          "value": 90
        },
        {
          "year": 2025,
          "source": "ctcds",
          "via": [
            "r001"
          ],
          "breakdown": "district",
          "comparator": "reach",
          "value": 80
        },
        {
          "year": 2025,
          "source": "ctcds",
          "via": [
            "r001"
          ],
          "breakdown": "commune",
          "comparator": "reach",
          "value": 60
        },
        {
          "year": 2030,
          "source": "ctcds",
          "via": [
            "r001"
          ],
          "breakdown": "city",
          "comparator": "reach",
          "value": 100
        },
        {
          "year": 2030,
          "source": "ctcds",
          "via": [
            "r001"
          ],
          "breakdown": "district",
          "comparator": "reach",
          "value": 100
        },
        {
          "year": 2030,
          "source": "ctcds",
          "via": [
            "r001"
          ],
          "breakdown": "commune",
          "comparator": "reach",
          "value": 80
        },
        {
          "year": 2025,
          "source": "nq18",
          "via": [
            "r003"
          ],
          "comparator": "milestone",
          "milestone": {
            "vi": "Hồ sơ công việc được xử lý trên môi trường mạng ở cả 3 cấp",
            "en": "Work records handled online at all three levels"
          },
          "reportedStatus": {
            "status": "achieved",
            "source": "r003",
            "date": "2024-10-24"
          }
        }
      ],
      "observations": [
        {
          "kind": "state",
          "date": "2024-10-24",
          "source": "r003",
          "state": {
            "vi": "Đã thực hiện ở cả 3 cấp, không nêu tỷ lệ",
            "en": "Done at all three levels; no figure given"
          }
        }
      ]
    },
    {
      "id": "government.report-integration",
      "pillar": "government",
      "label": {
        "vi": "Chế độ báo cáo, chỉ tiêu báo cáo định kỳ kết nối hệ thống báo cáo của Chính phủ và Thành phố",
        "en": "Reporting regimes and periodic report indicators on the Government's and City's reporting systems"
      },
      "shortLabel": {
        "vi": "Báo cáo kết nối hệ thống",
        "en": "Reports on shared systems"
      },
      "unit": "percent",
      "direction": "higher_is_better",
      "targets": [
        {
          "year": 2025,
          "source": "ctcds",
          "via": [
            "r001"
          ],
          "comparator": "reach",
          "value": 100
        }
      ],
      "observations": []
    },
    {
      "id": "government.national-database-links",
      "pillar": "government",
      "label": {
        "vi": "CSDL chuyên ngành kết nối, chia sẻ với CSDL quốc gia",
        "en": "Specialised databases linked to national databases"
      },
      "shortLabel": {
        "vi": "CSDL kết nối quốc gia",
        "en": "Links to national data"
      },
      "description": {
        "vi": "CSDL quốc gia: dân cư, đất đai, doanh nghiệp, tài chính, bảo hiểm.",
        "en": "National databases: population, land, business registration, finance, insurance."
      },
      "unit": "percent",
      "direction": "higher_is_better",
      "targets": [
        {
          "year": 2025,
          "source": "ctcds",
          "via": [
            "r001"
          ],
          "comparator": "reach",
          "value": 100
        }
      ],
      "observations": []
    },
    {
      "id": "government.specialised-databases",
      "pillar": "government",
      "label": {
        "vi": "Cơ sở dữ liệu chuyên ngành hoàn thành",
        "en": "Specialised databases completed"
      },
      "shortLabel": {
        "vi": "CSDL chuyên ngành",
        "en": "Specialised databases"
      },
      "unit": "percent",
      "direction": "higher_is_better",
      "targets": [
        {
          "year": 2025,
          "source": "nq18",
          "via": [
            "r003",
            "r004"
          ],
          "comparator": "at_least",
          "value": 90,
          "reportedStatus": {
            "status": "achieved",
            "source": "r003",
            "date": "2024-10-24"
          }
        }
      ],
      "observations": [
        {
          "kind": "value",
          "date": "2024-10-24",
          "source": "r003",
          "value": 90,
          "qualifier": "at_least"
        },
        {
          "kind": "value",
          "date": "2024-10-24",
          "source": "r003",
          "value": 21,
          "outOf": 22,
          "qualifier": "exact",
          "note": {
            "vi": "21 trên 22 cơ sở dữ liệu ngành.",
            "en": "21 of 22 sector databases."
          }
        }
      ]
    },
    {
      "id": "government.digital-inspections",
      "pillar": "government",
      "label": {
        "vi": "Hoạt động kiểm tra của cơ quan nhà nước qua môi trường số",
        "en": "State inspections carried out digitally"
      },
      "shortLabel": {
        "vi": "Kiểm tra qua môi trường số",
        "en": "Digital inspections"
      },
      "unit": "percent",
      "direction": "higher_is_better",
      "targets": [
        {
          "year": 2025,
          "source": "ctcds",
          "via": [
            "r001"
          ],
          "comparator": "reach",
          "value": 50
        },
        {
          "year": 2030,
          "source": "ctcds",
          "via": [
            "r001"
          ],
          "comparator": "reach",
          "value": 70
        }
      ],
      "observations": []
    },
    {
      "id": "government.agency-transformation",
      "pillar": "government",
      "label": {
        "vi": "Chuyển đổi số các cơ quan của Đảng, Nhà nước và Mặt trận",
        "en": "Digital transformation of Party, State and Fatherland Front agencies"
      },
      "shortLabel": {
        "vi": "Chuyển đổi số cơ quan",
        "en": "Agencies transformed"
      },
      "unit": "milestone",
      "direction": "none",
      "targets": [
        {
          "year": 2025,
          "source": "ctcds",
          "via": [
            "r001"
          ],
          "comparator": "milestone",
          "milestone": {
            "vi": "Cơ bản hoàn thành",
            "en": "Basically complete"
          }
        },
        {
          "year": 2030,
          "source": "ctcds",
          "via": [
            "r001"
          ],
          "comparator": "milestone",
          "milestone": {
            "vi": "Hoàn thành",
            "en": "Complete"
          }
        }
      ],
      "observations": []
    },
    {
      "id": "government.digital-infrastructure",
      "pillar": "government",
      "label": {
        "vi": "Hạ tầng số và CNTT",
        "en": "IT and digital infrastructure"
      },
      "unit": "milestone",
      "direction": "none",
      "targets": [
        {
          "year": 2025,
          "source": "nq18",
          "via": [
            "r003",
            "r004"
          ],
          "comparator": "milestone",
          "milestone": {
            "vi": "Hạ tầng số và CNTT hiện đại, bảo đảm an toàn",
            "en": "Modern, secure IT and digital infrastructure"
          }
        }
      ],
      "observations": []
    },
    {
      "id": "government.e-government",
      "pillar": "government",
      "label": {
        "vi": "Chính quyền điện tử, chính quyền số",
        "en": "E-government and digital government"
      },
      "unit": "milestone",
      "direction": "none",
      "targets": [
        {
          "year": 2024,
          "source": "ctcds",
          "via": [
            "r001"
          ],
          "comparator": "milestone",
          "milestone": {
            "vi": "Cơ bản hoàn thành chính quyền điện tử trước 2025",
            "en": "E-government basically complete before 2025"
          },
          "note": {
            "vi": "\"Trước năm 2025\": hạn là 31/12/2024.",
            "en": "\"Before 2025\": due by 31 December 2024."
          }
        },
        {
          "year": 2030,
          "source": "ctcds",
          "via": [
            "r001"
          ],
          "comparator": "milestone",
          "milestone": {
            "vi": "Cơ bản hoàn thành chính quyền số",
            "en": "Digital government basically complete"
          }
        }
      ],
      "observations": []
    },
    {
      "id": "government.smart-city-data-platform",
      "pillar": "government",
      "label": {
        "vi": "Nền tảng dữ liệu đô thị thông minh",
        "en": "Smart-city data platform"
      },
      "unit": "milestone",
      "direction": "none",
      "targets": [
        {
          "year": 2030,
          "source": "ctcds",
          "via": [
            "r001"
          ],
          "comparator": "milestone",
          "milestone": {
            "vi": "Hình thành đầy đủ, dữ liệu chia sẻ rộng rãi",
            "en": "Fully formed, with data widely shared"
          }
        }
      ],
      "observations": []
    },
    {
      "id": "government.ipv6-agencies",
      "pillar": "government",
      "label": {
        "vi": "Cơ quan nhà nước đã chuyển đổi IPv6",
        "en": "State agencies converted to IPv6"
      },
      "shortLabel": {
        "vi": "Chuyển đổi IPv6",
        "en": "IPv6 conversion"
      },
      "unit": "percent",
      "direction": "higher_is_better",
      "targets": [],
      "observations": [
        {
          "kind": "value",
          "date": "2024-10-24",
          "source": "r003",
          "value": 98.8,
          "qualifier": "exact"
        }
      ]
    },
    {
      "id": "government.e-cabinet",
      "pillar": "government",
      "label": {
        "vi": "Hệ thống họp và xử lý công việc E-Cabinet",
        "en": "E-Cabinet meeting and work system"
      },
      "shortLabel": {
        "vi": "E-Cabinet",
        "en": "E-Cabinet"
      },
      "unit": "milestone",
      "direction": "none",
      "targets": [],
      "observations": [
        {
          "kind": "state",
          "date": "2024-06-28",
          "source": "r003",
          "state": {
            "vi": "Vận hành chính thức, kèm phòng họp thông minh",
            "en": "In official operation, with a smart meeting room"
          }
        }
      ]
    },
    {
      "id": "economy.digital-economy-share",
      "pillar": "economy",
      "label": {
        "vi": "Tỷ trọng kinh tế số trong GRDP",
        "en": "Digital economy share of GRDP"
      },
      "shortLabel": {
        "vi": "Kinh tế số / GRDP",
        "en": "Digital economy / GRDP"
      },
      "unit": "percent",
      "direction": "higher_is_better",
      "targets": [
        {
          "year": 2025,
          "source": "ctcds",
          "via": [
            "r001"
          ],
          "comparator": "about",
          "value": 30
        },
        {
          "year": 2025,
          "source": "nq18",
          "via": [
            "r003",
            "r004"
          ],
          "comparator": "about",
          "value": 30,
          "note": {
            "vi": "R004 ghi \"khoảng 30%\"; R003 ghi \"đạt 30%\".",
            "en": "R004 prints \"about 30%\"; R003 prints \"reach 30%\"."
          }
        },
        {
          "year": 2030,
          "source": "ctcds",
          "via": [
            "r001"
          ],
          "comparator": "more_than",
          "value": 40
        }
      ],
      "observations": []
    },
    {
      "id": "economy.sector-digital-share",
      "pillar": "economy",
      "label": {
        "vi": "Tỷ trọng kinh tế số trong từng ngành, lĩnh vực",
        "en": "Digital economy share in each sector"
      },
      "shortLabel": {
        "vi": "Kinh tế số từng ngành",
        "en": "Digital share by sector"
      },
      "unit": "percent",
      "direction": "higher_is_better",
      "targets": [
        {
          "year": 2025,
          "source": "nq18",
          "via": [
            "r003"
          ],
          "comparator": "at_least",
          "value": 10
        }
      ],
      "observations": []
    },
    {
      "id": "economy.labour-productivity-growth",
      "pillar": "economy",
      "label": {
        "vi": "Tốc độ tăng năng suất lao động",
        "en": "Labour productivity growth"
      },
      "shortLabel": {
        "vi": "Tăng năng suất",
        "en": "Productivity growth"
      },
      "unit": "percent_per_year",
      "direction": "higher_is_better",
      "targets": [
        {
          "year": 2025,
          "source": "ctcds",
          "via": [
            "r001"
          ],
          "comparator": "between",
          "min": 7,
          "max": 7.5
        },
        {
          "year": 2025,
          "source": "nq18",
          "via": [
            "r003"
          ],
          "comparator": "between",
          "min": 7,
          "max": 7.5
        },
        {
          "year": 2030,
          "source": "ctcds",
          "via": [
            "r001"
          ],
          "comparator": "more_than",
          "value": 7.5,
          "note": {
            "vi": "Bình quân mỗi năm.",
            "en": "An average over the years."
          }
        }
      ],
      "observations": []
    },
    {
      "id": "economy.startup-ecosystem",
      "pillar": "economy",
      "label": {
        "vi": "Hệ sinh thái khởi nghiệp sáng tạo",
        "en": "Innovative start-up ecosystem"
      },
      "shortLabel": {
        "vi": "Khởi nghiệp sáng tạo",
        "en": "Start-up ecosystem"
      },
      "unit": "milestone",
      "direction": "none",
      "targets": [
        {
          "year": 2025,
          "source": "ctcds",
          "via": [
            "r001"
          ],
          "comparator": "milestone",
          "milestone": {
            "vi": "Hoàn thành hệ sinh thái",
            "en": "Ecosystem completed"
          }
        },
        {
          "year": 2030,
          "source": "ctcds",
          "via": [
            "r001"
          ],
          "comparator": "milestone",
          "milestone": {
            "vi": "Trung tâm khởi nghiệp sáng tạo quốc gia",
            "en": "Hanoi the national start-up centre"
          }
        }
      ],
      "observations": []
    },
    {
      "id": "society.broadband-households",
      "pillar": "society",
      "label": {
        "vi": "Hộ gia đình được phủ hạ tầng băng rộng",
        "en": "Households covered by broadband infrastructure"
      },
      "shortLabel": {
        "vi": "Phủ băng rộng hộ gia đình",
        "en": "Broadband coverage"
      },
      "unit": "percent",
      "direction": "higher_is_better",
      "targets": [
        {
          "year": 2025,
          "source": "ctcds",
          "via": [
            "r001"
          ],
          "comparator": "more_than",
          "value": 80
        }
      ],
      "observations": []
    },
    {
      "id": "society.fibre-households",
      "pillar": "society",
      "label": {
        "vi": "Hộ gia đình được phủ băng rộng cáp quang",
        "en": "Households covered by fibre broadband"
      },
      "shortLabel": {
        "vi": "Cáp quang hộ gia đình",
        "en": "Fibre to households"
      },
      "unit": "percent",
      "direction": "higher_is_better",
      "targets": [
        {
          "year": 2025,
          "source": "nq18",
          "via": [
            "r004"
          ],
          "comparator": "reach",
          "value": 90,
          "reportedStatus": {
            "status": "achieved",
            "source": "r003",
            "date": "2024-10-24"
          }
        },
        {
          "year": 2025,
          "source": "kh239",
          "via": [
            "r000"
          ],
          "comparator": "not_given",
          "reportedStatus": {
            "status": "achieved",
            "source": "r000",
            "date": "2024-02-05"
          }
        },
        {
          "year": 2030,
          "source": "ctcds",
          "via": [
            "r001"
          ],
          "comparator": "milestone",
          "milestone": {
            "vi": "Phổ cập băng rộng cáp quang toàn Thành phố",
            "en": "Universal fibre broadband city-wide"
          }
        }
      ],
      "observations": [
        {
          "kind": "value",
          "date": "2024-02-05",
          "source": "r000",
          "value": 93.15,
          "qualifier": "exact"
        },
        {
          "kind": "value",
          "date": "2024-10-24",
          "source": "r003",
          "value": 91.4,
          "qualifier": "exact"
        }
      ]
    },
    {
      "id": "society.broadband-communes",
      "pillar": "society",
      "label": {
        "vi": "Xã, phường, thị trấn có hạ tầng băng rộng",
        "en": "Communes, wards and towns with broadband infrastructure"
      },
      "shortLabel": {
        "vi": "Băng rộng cấp xã",
        "en": "Broadband in communes"
      },
      "description": {
        "vi": "CTCDS nói hạ tầng băng rộng; R000 nói hạ tầng cáp quang.",
        "en": "CTCDS speaks of broadband infrastructure; R000 of fibre."
      },
      "unit": "percent",
      "direction": "higher_is_better",
      "targets": [
        {
          "year": 2025,
          "source": "ctcds",
          "via": [
            "r001"
          ],
          "comparator": "reach",
          "value": 100
        },
        {
          "year": 2025,
          "source": "kh239",
          "via": [
            "r000"
          ],
          "comparator": "not_given",
          "reportedStatus": {
            "status": "achieved",
            "source": "r000",
            "date": "2024-02-05"
          }
        }
      ],
      "observations": [
        {
          "kind": "state",
          "date": "2024-02-05",
          "source": "r000",
          "state": {
            "vi": "Cáp quang đã đến 100 đơn vị cấp xã",
            "en": "Fibre has reached 100 communes, wards and towns"
          },
          "note": {
            "vi": "Báo cáo ghi một số lượng (100 đơn vị), không phải tỷ lệ; các nguồn không nêu tổng số nên không quy ra phần trăm.",
            "en": "The report gives a count (100 units), not a share; the sources give no total, so it is not turned into a percentage."
          }
        }
      ]
    },
    {
      "id": "society.broadband-access-households",
      "pillar": "society",
      "label": {
        "vi": "Hộ gia đình truy nhập Internet băng rộng",
        "en": "Households with broadband Internet access"
      },
      "shortLabel": {
        "vi": "Hộ có Internet băng rộng",
        "en": "Broadband access"
      },
      "unit": "percent",
      "direction": "higher_is_better",
      "targets": [],
      "observations": [
        {
          "kind": "value",
          "date": "undated",
          "source": "r004",
          "value": 90,
          "qualifier": "exact"
        }
      ]
    },
    {
      "id": "society.mobile-broadband-subscriptions",
      "pillar": "society",
      "label": {
        "vi": "Thuê bao di động băng rộng",
        "en": "Mobile broadband subscriptions"
      },
      "description": {
        "vi": "Tỷ lệ trên dân số, có thể vượt 100%.",
        "en": "A ratio to the population; it can exceed 100%."
      },
      "unit": "percent",
      "direction": "higher_is_better",
      "targets": [
        {
          "year": 2025,
          "source": "kh239",
          "via": [
            "r000"
          ],
          "comparator": "not_given",
          "reportedStatus": {
            "status": "achieved",
            "source": "r000",
            "date": "2024-02-05"
          }
        }
      ],
      "observations": [
        {
          "kind": "value",
          "date": "2024-02-05",
          "source": "r000",
          "value": 121,
          "qualifier": "exact"
        }
      ]
    },
    {
      "id": "society.fixed-broadband-subscriptions",
      "pillar": "society",
      "label": {
        "vi": "Băng rộng cố định: thuê bao trên 100 dân",
        "en": "Fixed broadband subscriptions per 100 inhabitants"
      },
      "shortLabel": {
        "vi": "Băng rộng cố định",
        "en": "Fixed broadband"
      },
      "unit": "per_100_inhabitants",
      "direction": "higher_is_better",
      "targets": [
        {
          "year": 2025,
          "source": "kh239",
          "via": [
            "r000"
          ],
          "comparator": "not_given",
          "reportedStatus": {
            "status": "achieved",
            "source": "r000",
            "date": "2024-02-05"
          }
        }
      ],
      "observations": [
        {
          "kind": "value",
          "date": "2024-02-05",
          "source": "r000",
          "value": 27.3,
          "qualifier": "exact",
          "note": {
            "vi": "Báo cáo viết \"27,3%\".",
            "en": "The report writes \"27.3%\"."
          }
        }
      ]
    },
    {
      "id": "society.smartphone-households",
      "pillar": "society",
      "label": {
        "vi": "Hộ gia đình dùng ít nhất một điện thoại thông minh",
        "en": "Households using at least one smartphone"
      },
      "shortLabel": {
        "vi": "Hộ có điện thoại thông minh",
        "en": "Smartphone households"
      },
      "unit": "percent",
      "direction": "higher_is_better",
      "targets": [
        {
          "year": 2025,
          "source": "kh239",
          "via": [
            "r000"
          ],
          "comparator": "not_given",
          "reportedStatus": {
            "status": "achieved",
            "source": "r000",
            "date": "2024-02-05"
          }
        }
      ],
      "observations": [
        {
          "kind": "value",
          "date": "2024-02-05",
          "source": "r000",
          "value": 122.7,
          "qualifier": "exact"
        }
      ]
    },
    {
      "id": "society.smartphone-subscriptions",
      "pillar": "society",
      "label": {
        "vi": "Thuê bao dùng điện thoại thông minh trên tổng thuê bao di động",
        "en": "Smartphone share of mobile subscriptions"
      },
      "shortLabel": {
        "vi": "Thuê bao smartphone",
        "en": "Smartphone subscriptions"
      },
      "unit": "percent",
      "direction": "higher_is_better",
      "targets": [
        {
          "year": 2025,
          "source": "kh239",
          "via": [
            "r000"
          ],
          "comparator": "not_given",
          "reportedStatus": {
            "status": "achieved",
            "source": "r000",
            "date": "2024-02-05"
          }
        }
      ],
      "observations": [
        {
          "kind": "value",
          "date": "2024-02-05",
          "source": "r000",
          "value": 81.7,
          "qualifier": "exact"
        }
      ]
    },
    {
      "id": "society.adult-smartphones",
      "pillar": "society",
      "label": {
        "vi": "Người trưởng thành có điện thoại thông minh",
        "en": "Adults with a smartphone"
      },
      "shortLabel": {
        "vi": "Người lớn có smartphone",
        "en": "Adults with smartphones"
      },
      "unit": "percent",
      "direction": "higher_is_better",
      "targets": [
        {
          "year": 2025,
          "source": "ctcds",
          "via": [
            "r001"
          ],
          "comparator": "milestone",
          "milestone": {
            "vi": "Phổ cập điện thoại thông minh",
            "en": "Universal smartphones"
          }
        },
        {
          "year": 2025,
          "source": "nq18",
          "via": [
            "r003"
          ],
          "comparator": "not_given",
          "reportedStatus": {
            "status": "achieved",
            "source": "r003",
            "date": "2024-10-24"
          }
        }
      ],
      "observations": [
        {
          "kind": "value",
          "date": "undated",
          "source": "r004",
          "value": 78,
          "qualifier": "exact",
          "note": {
            "vi": "Báo cáo không ghi ngày, nói về năm 2023.",
            "en": "Undated report that looks back on 2023."
          }
        },
        {
          "kind": "value",
          "date": "2024-10-24",
          "source": "r003",
          "value": 97,
          "qualifier": "exact"
        }
      ]
    },
    {
      "id": "society.mobile-4g-5g",
      "pillar": "society",
      "label": {
        "vi": "Dịch vụ di động 4G/5G",
        "en": "4G/5G mobile service"
      },
      "unit": "milestone",
      "direction": "none",
      "targets": [
        {
          "year": 2025,
          "source": "ctcds",
          "via": [
            "r001"
          ],
          "comparator": "milestone",
          "milestone": {
            "vi": "Phổ cập 4G/5G",
            "en": "Universal 4G/5G"
          }
        },
        {
          "year": 2030,
          "source": "ctcds",
          "via": [
            "r001"
          ],
          "comparator": "milestone",
          "milestone": {
            "vi": "Phổ cập 5G",
            "en": "Universal 5G"
          }
        }
      ],
      "observations": []
    },
    {
      "id": "society.e-payment-population",
      "pillar": "society",
      "label": {
        "vi": "Người dân có tài khoản thanh toán điện tử",
        "en": "Population with an e-payment account"
      },
      "shortLabel": {
        "vi": "Thanh toán điện tử",
        "en": "E-payment accounts"
      },
      "population": {
        "vi": "Toàn bộ dân số",
        "en": "Whole population"
      },
      "unit": "percent",
      "direction": "higher_is_better",
      "targets": [
        {
          "year": 2025,
          "source": "ctcds",
          "via": [
            "r001"
          ],
          "comparator": "more_than",
          "value": 50
        },
        {
          "year": 2030,
          "source": "ctcds",
          "via": [
            "r001"
          ],
          "comparator": "more_than",
          "value": 80
        }
      ],
      "observations": []
    },
    {
      "id": "society.e-payment-urban-adults",
      "pillar": "society",
      "label": {
        "vi": "Người lớn ở đô thị sở hữu tài khoản thanh toán điện tử",
        "en": "Urban adults with an e-payment account"
      },
      "shortLabel": {
        "vi": "Thanh toán điện tử (đô thị)",
        "en": "E-payment (urban adults)"
      },
      "population": {
        "vi": "Người trưởng thành ở đô thị",
        "en": "Urban adults"
      },
      "unit": "percent",
      "direction": "higher_is_better",
      "targets": [
        {
          "year": 2025,
          "source": "nq18",
          "via": [
            "r004"
          ],
          "comparator": "more_than",
          "value": 50,
          "reportedStatus": {
            "status": "achieved",
            "source": "r003",
            "date": "2024-10-24"
          }
        }
      ],
      "observations": [
        {
          "kind": "value",
          "date": "2024-10-24",
          "source": "r003",
          "value": 80,
          "qualifier": "more_than"
        }
      ]
    },
    {
      "id": "society.health-records",
      "pillar": "society",
      "label": {
        "vi": "Người dân có hồ sơ sức khỏe số",
        "en": "People with an electronic health record"
      },
      "shortLabel": {
        "vi": "Hồ sơ sức khỏe điện tử",
        "en": "E-health records"
      },
      "unit": "percent",
      "direction": "higher_is_better",
      "targets": [
        {
          "year": 2025,
          "source": "nq18",
          "via": [
            "r003"
          ],
          "comparator": "not_given",
          "reportedStatus": {
            "status": "achieved",
            "source": "r003",
            "date": "2024-10-24"
          }
        }
      ],
      "observations": [
        {
          "kind": "value",
          "date": "2024-10-24",
          "source": "r003",
          "value": 95,
          "qualifier": "exact"
        }
      ]
    },
    {
      "id": "society.university-digital-governance",
      "pillar": "society",
      "label": {
        "vi": "Trường đại học, cao đẳng, nghề hoàn thiện quản trị số",
        "en": "Universities, colleges and vocational schools with full digital governance"
      },
      "shortLabel": {
        "vi": "Quản trị số đại học",
        "en": "Digital governance: higher ed."
      },
      "unit": "percent",
      "direction": "higher_is_better",
      "targets": [
        {
          "year": 2025,
          "source": "nq18",
          "via": [
            "r003"
          ],
          "comparator": "not_given",
          "reportedStatus": {
            "status": "achieved",
            "source": "r003",
            "date": "2024-10-24"
          }
        }
      ],
      "observations": [
        {
          "kind": "value",
          "date": "2024-10-24",
          "source": "r003",
          "value": 80,
          "qualifier": "exact"
        }
      ]
    },
    {
      "id": "society.school-digital-governance",
      "pillar": "society",
      "label": {
        "vi": "Trường từ tiểu học đến THPT hoàn thiện quản trị số",
        "en": "Primary to upper-secondary schools with full digital governance"
      },
      "shortLabel": {
        "vi": "Quản trị số phổ thông",
        "en": "Digital governance: schools"
      },
      "unit": "percent",
      "direction": "higher_is_better",
      "targets": [
        {
          "year": 2025,
          "source": "nq18",
          "via": [
            "r003"
          ],
          "comparator": "not_given",
          "reportedStatus": {
            "status": "achieved",
            "source": "r003",
            "date": "2024-10-24"
          }
        }
      ],
      "observations": [
        {
          "kind": "value",
          "date": "2024-10-24",
          "source": "r003",
          "value": 100,
          "qualifier": "exact"
        }
      ]
    },
    {
      "id": "society.digital-signatures",
      "pillar": "society",
      "label": {
        "vi": "Người lớn có chữ ký số hay chữ ký điện tử",
        "en": "Adults with a digital or personal e-signature"
      },
      "shortLabel": {
        "vi": "Chữ ký số",
        "en": "Digital signatures"
      },
      "unit": "percent",
      "direction": "higher_is_better",
      "targets": [
        {
          "year": 2025,
          "source": "nq18",
          "via": [
            "r003"
          ],
          "comparator": "not_given",
          "reportedStatus": {
            "status": "in_progress",
            "source": "r003",
            "date": "2024-10-24"
          }
        }
      ],
      "observations": []
    },
    {
      "id": "society.digital-skills",
      "pillar": "society",
      "label": {
        "vi": "Người lao động được học kỹ năng số cơ bản",
        "en": "Working-age people trained in basic digital skills"
      },
      "shortLabel": {
        "vi": "Kỹ năng số cơ bản",
        "en": "Basic digital skills"
      },
      "unit": "percent",
      "direction": "higher_is_better",
      "targets": [
        {
          "year": 2025,
          "source": "nq18",
          "via": [
            "r003"
          ],
          "comparator": "not_given",
          "reportedStatus": {
            "status": "in_progress",
            "source": "r003",
            "date": "2024-10-24"
          }
        }
      ],
      "observations": []
    },
    {
      "id": "context.population",
      "pillar": "context",
      "label": {
        "vi": "Dân số Hà Nội",
        "en": "Population of Hanoi"
      },
      "unit": "count",
      "direction": "none",
      "targets": [],
      "observations": [
        {
          "kind": "value",
          "date": "undated",
          "source": "r002",
          "value": 10000000,
          "qualifier": "more_than"
        }
      ]
    },
    {
      "id": "context.pilot-models",
      "pillar": "context",
      "label": {
        "vi": "Mô hình số được đề xuất thí điểm (chính quyền, kinh tế, xã hội)",
        "en": "Digital government, economy and society models proposed for pilots"
      },
      "shortLabel": {
        "vi": "Mô hình thí điểm",
        "en": "Pilot models"
      },
      "unit": "count",
      "direction": "none",
      "targets": [],
      "observations": [
        {
          "kind": "value",
          "date": "undated",
          "source": "r002",
          "value": 39,
          "qualifier": "exact"
        }
      ]
    }
  ]
};
