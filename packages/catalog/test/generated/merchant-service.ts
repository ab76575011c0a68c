// merchant-service: written by scripts/catalog/generate.mjs (npm run catalog). Do not edit: type-checked, never run.
import type { UploadFile, WechatPayClient } from '@core/client'
import '../../src/index.js'

declare const client: WechatPayClient
declare const file: UploadFile

export async function calls(): Promise<void> {
  // 删除投诉通知回调
  {
    const { status } = await client.request('DELETE /v3/merchant-service/complaint-notifications')
    console.log(status)
  }
  {
    const { status } = await client.v3['merchant-service']['complaint-notifications'].delete()
    console.log(status)
  }
  // 查询投诉通知回调
  {
    const { data } = await client.request('GET /v3/merchant-service/complaint-notifications')
    console.log(data)
  }
  {
    const { data } = await client.v3['merchant-service']['complaint-notifications'].get()
    console.log(data)
  }
  // 创建投诉通知回调
  {
    const { data } = await client.request('POST /v3/merchant-service/complaint-notifications', {
      json: {
        url: 'https://www.xxx.com/notify',
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3['merchant-service']['complaint-notifications'].post({
      json: {
        url: 'https://www.xxx.com/notify',
      },
    })
    console.log(data)
  }
  // 更新投诉通知回调
  {
    const { data } = await client.request('PUT /v3/merchant-service/complaint-notifications', {
      json: {
        url: 'https://www.xxx.com/notify',
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3['merchant-service']['complaint-notifications'].put({
      json: {
        url: 'https://www.xxx.com/notify',
      },
    })
    console.log(data)
  }
  // 查询投诉信息
  {
    const { data } = await client.request('GET /v3/merchant-service/complaints', {
      query: {
        limit: 5,
        offset: 10,
        begin_date: '2019-01-01',
        end_date: '2019-01-01',
        sub_mchid: '1900012181',
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3['merchant-service'].complaints.get({
      query: {
        limit: 5,
        offset: 10,
        begin_date: '2019-01-01',
        end_date: '2019-01-01',
        sub_mchid: '1900012181',
      },
    })
    console.log(data)
  }
  // 查询投诉单列表
  {
    const { data } = await client.request('GET /v3/merchant-service/complaints-v2', {
      query: {
        limit: 5,
        offset: 10,
        begin_date: '2019-01-01',
        end_date: '2019-01-01',
        complainted_mchid: '1900012181',
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3['merchant-service']['complaints-v2'].get({
      query: {
        limit: 5,
        offset: 10,
        begin_date: '2019-01-01',
        end_date: '2019-01-01',
        complainted_mchid: '1900012181',
      },
    })
    console.log(data)
  }
  // 查询投诉单详情
  {
    const { data } = await client.request('GET /v3/merchant-service/complaints-v2/{complaint_id}', {
      params: {
        complaint_id: '200201820200101080076610000',
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3['merchant-service']['complaints-v2']['{complaint_id}'].get({
      params: {
        complaint_id: '200201820200101080076610000',
      },
    })
    console.log(data)
  }
  // 反馈处理完成
  {
    const { status } = await client.request('POST /v3/merchant-service/complaints-v2/{complaint_id}/complete', {
      params: {
        complaint_id: '200201820200101080076610000',
      },
      json: {
        complainted_mchid: '1900012181',
      },
    })
    console.log(status)
  }
  {
    const { status } = await client.v3['merchant-service']['complaints-v2']['{complaint_id}'].complete.post({
      params: {
        complaint_id: '200201820200101080076610000',
      },
      json: {
        complainted_mchid: '1900012181',
      },
    })
    console.log(status)
  }
  // 查询投诉协商历史
  {
    const { data } = await client.request('GET /v3/merchant-service/complaints-v2/{complaint_id}/negotiation-historys', {
      params: {
        complaint_id: '200201820200101080076610000',
      },
      query: {
        limit: 50,
        offset: 10,
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3['merchant-service']['complaints-v2']['{complaint_id}']['negotiation-historys'].get({
      params: {
        complaint_id: '200201820200101080076610000',
      },
      query: {
        limit: 50,
        offset: 10,
      },
    })
    console.log(data)
  }
  // 提交回复
  {
    const { status } = await client.request('POST /v3/merchant-service/complaints-v2/{complaint_id}/response', {
      params: {
        complaint_id: '200201820200101080076610000',
      },
      json: {
        complainted_mchid: '1900012181',
        response_content: '已与用户沟通解决',
        response_images: ['file23578_21798531.jpg'],
        jump_url: 'https://www.xxx.com/notify',
        jump_url_text: '查看订单详情',
        mini_program_jump_info: {
          appid: 'example_appid',
          path: 'example_path',
          text: 'example_text',
        },
      },
    })
    console.log(status)
  }
  {
    const { status } = await client.v3['merchant-service']['complaints-v2']['{complaint_id}'].response.post({
      params: {
        complaint_id: '200201820200101080076610000',
      },
      json: {
        complainted_mchid: '1900012181',
        response_content: '已与用户沟通解决',
        response_images: ['file23578_21798531.jpg'],
        jump_url: 'https://www.xxx.com/notify',
        jump_url_text: '查看订单详情',
        mini_program_jump_info: {
          appid: 'example_appid',
          path: 'example_path',
          text: 'example_text',
        },
      },
    })
    console.log(status)
  }
  // 回复需要即时服务的投诉单
  {
    const { data } = await client.request('POST /v3/merchant-service/complaints-v2/{complaint_id}/response-immediate-service', {
      params: {
        complaint_id: '200201820200101080076610000',
      },
      json: {
        complainted_mchid: '1900012181',
        message: {
          blocks: [
            {
              type: 'TEXT',
              text: {
                text: 'example_text',
                color: 'DEFAULT',
                is_bold: true,
              },
              image: {
                media_id: 'example_media_id',
                image_style_type: 'IMAGE_STYLE_TYPE_NARROW',
              },
              link: {
                text: 'example_text',
                action: {
                  action_type: 'ACTION_TYPE_SEND_MESSAGE',
                  jump_url: 'example_jump_url',
                  mini_program_jump_info: {
                    appid: 'example_appid',
                    path: 'example_path',
                    text: 'example_text',
                  },
                  message_info: {
                    content: 'example_content',
                    custom_data: 'example_custom_data',
                  },
                  action_id: 'example_action_id',
                },
                invalid_info: {
                  expired_time: '2015-05-20T13:29:35+08:00',
                  multi_clickable: true,
                },
              },
              faq_list: {
                faqs: [
                  {
                    faq_id: 'example_faq_id',
                    faq_title: 'example_faq_title',
                    action: {
                      action_type: 'ACTION_TYPE_SEND_MESSAGE',
                      jump_url: 'example_jump_url',
                      mini_program_jump_info: {
                        appid: 'example_appid',
                        path: 'example_path',
                        text: 'example_text',
                      },
                      message_info: {
                        content: 'example_content',
                        custom_data: 'example_custom_data',
                      },
                      action_id: 'example_action_id',
                    },
                  },
                ],
              },
              button: {
                text: 'example_text',
                action: {
                  action_type: 'ACTION_TYPE_SEND_MESSAGE',
                  jump_url: 'example_jump_url',
                  mini_program_jump_info: {
                    appid: 'example_appid',
                    path: 'example_path',
                    text: 'example_text',
                  },
                  message_info: {
                    content: 'example_content',
                    custom_data: 'example_custom_data',
                  },
                  action_id: 'example_action_id',
                },
                invalid_info: {
                  expired_time: '2015-05-20T13:29:35+08:00',
                  multi_clickable: true,
                },
              },
              button_group: {
                buttons: [
                  {
                    text: 'example_text',
                    action: {
                      action_type: 'ACTION_TYPE_SEND_MESSAGE',
                      jump_url: 'example_jump_url',
                      mini_program_jump_info: {
                        appid: 'example_appid',
                        path: 'example_path',
                        text: 'example_text',
                      },
                      message_info: {
                        content: 'example_content',
                        custom_data: 'example_custom_data',
                      },
                      action_id: 'example_action_id',
                    },
                    invalid_info: {
                      expired_time: '2015-05-20T13:29:35+08:00',
                      multi_clickable: true,
                    },
                  },
                ],
                button_layout: 'LAYOUT_HORIZONTAL',
                invalid_info: {
                  expired_time: '2015-05-20T13:29:35+08:00',
                  multi_clickable: true,
                },
              },
            },
          ],
          sender_identity: 'UNKNOWN',
          custom_data: 'example_custom_data',
        },
        idempotent_id: '550e8400-e29b-41d4-a716-446655440000',
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3['merchant-service']['complaints-v2']['{complaint_id}']['response-immediate-service'].post({
      params: {
        complaint_id: '200201820200101080076610000',
      },
      json: {
        complainted_mchid: '1900012181',
        message: {
          blocks: [
            {
              type: 'TEXT',
              text: {
                text: 'example_text',
                color: 'DEFAULT',
                is_bold: true,
              },
              image: {
                media_id: 'example_media_id',
                image_style_type: 'IMAGE_STYLE_TYPE_NARROW',
              },
              link: {
                text: 'example_text',
                action: {
                  action_type: 'ACTION_TYPE_SEND_MESSAGE',
                  jump_url: 'example_jump_url',
                  mini_program_jump_info: {
                    appid: 'example_appid',
                    path: 'example_path',
                    text: 'example_text',
                  },
                  message_info: {
                    content: 'example_content',
                    custom_data: 'example_custom_data',
                  },
                  action_id: 'example_action_id',
                },
                invalid_info: {
                  expired_time: '2015-05-20T13:29:35+08:00',
                  multi_clickable: true,
                },
              },
              faq_list: {
                faqs: [
                  {
                    faq_id: 'example_faq_id',
                    faq_title: 'example_faq_title',
                    action: {
                      action_type: 'ACTION_TYPE_SEND_MESSAGE',
                      jump_url: 'example_jump_url',
                      mini_program_jump_info: {
                        appid: 'example_appid',
                        path: 'example_path',
                        text: 'example_text',
                      },
                      message_info: {
                        content: 'example_content',
                        custom_data: 'example_custom_data',
                      },
                      action_id: 'example_action_id',
                    },
                  },
                ],
              },
              button: {
                text: 'example_text',
                action: {
                  action_type: 'ACTION_TYPE_SEND_MESSAGE',
                  jump_url: 'example_jump_url',
                  mini_program_jump_info: {
                    appid: 'example_appid',
                    path: 'example_path',
                    text: 'example_text',
                  },
                  message_info: {
                    content: 'example_content',
                    custom_data: 'example_custom_data',
                  },
                  action_id: 'example_action_id',
                },
                invalid_info: {
                  expired_time: '2015-05-20T13:29:35+08:00',
                  multi_clickable: true,
                },
              },
              button_group: {
                buttons: [
                  {
                    text: 'example_text',
                    action: {
                      action_type: 'ACTION_TYPE_SEND_MESSAGE',
                      jump_url: 'example_jump_url',
                      mini_program_jump_info: {
                        appid: 'example_appid',
                        path: 'example_path',
                        text: 'example_text',
                      },
                      message_info: {
                        content: 'example_content',
                        custom_data: 'example_custom_data',
                      },
                      action_id: 'example_action_id',
                    },
                    invalid_info: {
                      expired_time: '2015-05-20T13:29:35+08:00',
                      multi_clickable: true,
                    },
                  },
                ],
                button_layout: 'LAYOUT_HORIZONTAL',
                invalid_info: {
                  expired_time: '2015-05-20T13:29:35+08:00',
                  multi_clickable: true,
                },
              },
            },
          ],
          sender_identity: 'UNKNOWN',
          custom_data: 'example_custom_data',
        },
        idempotent_id: '550e8400-e29b-41d4-a716-446655440000',
      },
    })
    console.log(data)
  }
  // 更新退款审批结果
  {
    const { status } = await client.request('POST /v3/merchant-service/complaints-v2/{complaint_id}/update-refund-progress', {
      params: {
        complaint_id: '200201820200101080076610000',
      },
      json: {
        action: 'REJECT',
        launch_refund_day: 3,
        reject_reason: '拒绝退款',
        reject_media_list: ['file23578_21798531.jpg'],
        remark: '已处理完成',
      },
    })
    console.log(status)
  }
  {
    const { status } = await client.v3['merchant-service']['complaints-v2']['{complaint_id}']['update-refund-progress'].post({
      params: {
        complaint_id: '200201820200101080076610000',
      },
      json: {
        action: 'REJECT',
        launch_refund_day: 3,
        reject_reason: '拒绝退款',
        reject_media_list: ['file23578_21798531.jpg'],
        remark: '已处理完成',
      },
    })
    console.log(status)
  }
  // 查询投诉详情
  {
    const { data } = await client.request('GET /v3/merchant-service/complaints/{transaction_id}', {
      params: {
        transaction_id: '4200000404201909069117582536',
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3['merchant-service'].complaints['{transaction_id}'].get({
      params: {
        transaction_id: '4200000404201909069117582536',
      },
    })
    console.log(data)
  }
  // 查询投诉协商历史
  {
    const { data } = await client.request('GET /v3/merchant-service/complaints/{transaction_id}/negotiation-historys', {
      params: {
        transaction_id: '4200000404201909069117582536',
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3['merchant-service'].complaints['{transaction_id}']['negotiation-historys'].get({
      params: {
        transaction_id: '4200000404201909069117582536',
      },
    })
    console.log(data)
  }
  // 商户反馈
  {
    const { status } = await client.request('POST /v3/merchant-service/feedbacks', {
      json: {
        transaction_id: '4200000404201909069117582536',
        complainted_mchid: '9980456248',
        feedback_type: 1,
        feedback_content: '已与用户协商解决',
        feedback_images: ['MediaId'],
        launch_confirm_process: true,
      },
    })
    console.log(status)
  }
  {
    const { status } = await client.v3['merchant-service'].feedbacks.post({
      json: {
        transaction_id: '4200000404201909069117582536',
        complainted_mchid: '9980456248',
        feedback_type: 1,
        feedback_content: '已与用户协商解决',
        feedback_images: ['MediaId'],
        launch_confirm_process: true,
      },
    })
    console.log(status)
  }
  // 商户上传反馈图片
  {
    const { data } = await client.request('POST /v3/merchant-service/images/upload', {
      multipart: {
        file,
        meta: {
          sha256: '',
          filename: '',
        },
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3['merchant-service'].images.upload.post({
      multipart: {
        file,
        meta: {
          sha256: '',
          filename: '',
        },
      },
    })
    console.log(data)
  }
  // 图片下载
  {
    const { status } = await client.request('GET /v3/merchant-service/images/{media_id}', {
      params: {
        media_id: '',
      },
    })
    console.log(status)
  }
  {
    const { status } = await client.v3['merchant-service'].images['{media_id}'].get({
      params: {
        media_id: '',
      },
    })
    console.log(status)
  }
}
